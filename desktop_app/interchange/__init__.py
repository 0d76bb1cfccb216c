"""Contacts in and out: vCard 2.1/3.0/4.0, Google and Outlook CSV, and the JSON of everything."""
