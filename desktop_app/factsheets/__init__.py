"""One-page cluster fact sheets as PDF (reportlab), alone or in batches. No Qt here."""
