"""All 21 real vCard files (Android, iPhone, Outlook, Gmail, Mac, Evolution, BlackBerry,
FullContact, Thunderbird; 2.1, 3.0, 4.0) are read, with their quirks understood."""

from __future__ import annotations

import pytest

from desktop_app.interchange.vcard import read_vcards
from tests.user_fixtures import VCARD_DIR, VCARD_FILES


def test_the_corpus_is_all_there():
    assert len(VCARD_FILES) == 21
    assert (VCARD_DIR / "SOURCES.md").exists()


@pytest.mark.parametrize("path", VCARD_FILES, ids=lambda p: p.stem)
def test_every_file_is_read(path):
    result = read_vcards(path.read_bytes(), path.name)
    assert result.contacts, result.skipped
    for parsed in result.contacts:
        c = parsed.contact
        assert c.display_name
        assert "\ufffd" not in c.display_name
        assert parsed.line and parsed.line >= 1


def read(name: str):
    return [p.contact for p in read_vcards((VCARD_DIR / name).read_bytes(), name).contacts]


def test_android_quoted_printable_utf8_soft_breaks_and_six_cards():
    cards = read("ezvcard_android_v21_multi.vcf")
    assert len(cards) == 6
    assert [e.address for e in cards[0].emails] == ["john.doe@company.com"]
    assert cards[3].full_name == " ".join(["Ñ"] * 11)  # QP soft break without indent
    assert [p.number for p in cards[3].phones] == ["123456", "234567", "3456789", "45678901"]
    assert cards[3].phones[0].kind == "mobile" and cards[3].phones[1].kind == "home"
    assert cards[4].organisation.startswith("ÑÑÑ")  # soft break then a blank line
    assert cards[4].website == "www.company.com"
    assert "My Contacts" not in cards[0].tags  # Android's own group


def test_shift_jis_raw_and_quoted_printable():
    (c,) = read("aosp_v21_japanese2_sjis.vcf")
    assert c.family_name == "安藤" and c.given_name == "ロイド1"
    assert c.address.formatted().startswith("東京都渋谷区桜丘町26-1")
    assert c.address.postal_code == "150-8512"
    assert c.notes[0].text == "メモ"


def test_iphone_cr_cr_lf_grouped_labels_and_a_photo():
    (c,) = read("ezvcard_iphone_ios501_v30.vcf")
    assert c.full_name == "Mr. John Richter James Doe Sr."
    assert c.emails[0].address == "john.doe@ibm.com"
    kinds = {p.number: p.kind for p in c.phones}
    assert kinds["905-222-1234"] == "assistant"  # item2.X-ABLabel:_$!<AssistantPhone>!$_
    assert kinds["905-555-1234"] == "mobile"
    assert c.photo[:3] == b"\xff\xd8\xff" and c.photo_type == "jpeg"
    assert len(c.photo) > 30_000


def test_ios_613_multiline_and_trailing_empty_org_component():
    (c,) = read("aosp_v30_ios613.vcf")
    assert c.organisation == "Smith Auto Repair"
    assert c.photo and c.photo_type == "jpeg"


def test_gmail_unescaped_comma_in_fn_and_escapes():
    (c,) = read("ezvcard_gmail_v30.vcf")
    assert c.full_name == "Mr. John Richter, James Doe Sr."
    assert c.website == "http://www.ibm.com"
    assert c.address.po_box == "" and c.address.extended.startswith("Crescent moon drive\n555")
    assert '"AS IS"' in c.notes[0].text
    assert c.notes[0].text.endswith("Favotire Color: Blue")


def test_gmail_many_groups_custom_labels_and_all_emails_and_phones():
    (c,) = read("ezvcard_gmail_single2_v30.vcf")
    assert len(c.emails) == 5 and len(c.phones) == 11
    kinds = {p.number: p.kind for p in c.phones}
    assert kinds["5555551119"] == "GRAND_CENTRAL"
    assert kinds["5555551121"] == "CustomePhoneCategory"
    assert kinds["5555551117"] == "home fax" and kinds["5555551116"] == "main"
    assert {e.address: e.kind for e in c.emails}["customcategory@example.com"] == (
        "CustomEmailCategory")
    assert c.website == "http://www.example1.com"  # `http\://` unescaped


def test_evolution_quoted_params_and_a_fold_inside_an_email():
    (c,) = read("ezvcard_evolution_v30.vcf")
    assert [e.address for e in c.emails] == ["john.doe@ibm.com"]
    assert c.uid
    assert "VIP" in c.tags


def test_mac_mixed_line_endings_and_bare_base64():
    (c,) = read("ezvcard_mac_addressbook_v30.vcf")
    assert c.photo[:3] == b"\xff\xd8\xff"
    assert len(c.phones) == 7


def test_thunderbird_five_emails_and_escaped_category_commas():
    (c,) = read("ezvcard_thunderbird_mffab_v30.vcf")
    assert len(c.emails) == 5
    assert c.tags == ["category1", "category2", "category3"]
    assert c.notes[0].text.startswith("This is the notes field.\nSecond Line\n\nFourth Line")
    assert c.notes[0].text.endswith('field; even curse words.')


def test_outlook_2003_split_qp_escape_and_indented_base64_key():
    (c,) = read("ezvcard_outlook2003_v21.vcf")
    assert c.notes[0].text == ("This is the note field!!\nSecond line\n\nThird line is empty")
    assert c.organisation == "Company, The, TheDepartment"
    assert c.emails[0].address == "jdoe@hotmail.com"


def test_outlook_2007_callback_phone_and_qp_tab():
    (c,) = read("ezvcard_outlook2007_v21.vcf")
    assert "\t" in c.notes[0].text
    assert ("(111) 555-4444", "callback") in [(p.number, p.kind) for p in c.phones]


def test_outlook_v21_language_param_and_photo():
    (c,) = read("ezvcard_outlook_v21.vcf")
    assert c.family_name == "Doe" and c.given_name == "John"
    assert c.photo


def test_complicated_rfc2045_note_and_escaped_semicolon_in_org():
    (c,) = read("aosp_v21_complicated.vcf")
    texts = [n.text for n in c.notes]
    assert "Now's the time for all folk to come to the aid of their country." in texts
    assert c.organisation == "Gump Shrimp Co., Sales Dept.;Manager, Fish keeper"
    assert ("cell@example.com") in [e.address for e in c.emails]


def test_backslashes_in_21_as_android_reads_them():
    (c,) = read("aosp_v21_backslash.vcf")
    assert c.given_name == "A;B\\"


def test_custom_after_photo_without_blank_line():
    (c,) = read("aosp_v21_x_android_custom_after_photo.vcf")
    assert c.full_name == "Roid Ando"  # no FN: made from N
    assert c.photo[:4] == b"\x89PNG" and c.photo_type == "png"


def test_winmo_empty_values_and_bogus_agent():
    (c,) = read("aosp_v21_winmo65.vcf")
    assert c.full_name == "Example"


def test_v40_sort_as_with_semicolons_in_a_quoted_parameter():
    (c,) = read("aosp_v40_sort_as.vcf")
    assert c.family_name == "安藤" and c.given_name == "ロイド"
    assert c.organisation == "グーグル, 検索部門"


def test_fullcontact_v40_url_photos_are_left_out_and_said_so():
    result = read_vcards((VCARD_DIR / "ezvcard_fullcontact_v40.vcf").read_bytes())
    (parsed,) = result.contacts
    c = parsed.contact
    assert c.photo is None
    assert "photo (3)" in parsed.warnings[0]
    assert {e.kind for e in c.emails} >= {"home", "work", "school", "other"}
    assert c.organisation == "Organization1, Department1"


def test_issue114_caret_escapes_and_colons_in_a_parameter():
    (c,) = read("ezvcard_issue114_v40.vcf")
    assert c.full_name == "Dummy, Dummy"
    assert c.address.street == "Dummy-Dummy-Strasse 1" and c.address.country == "Germany"
    assert [(p.number, p.kind) for p in c.phones] == [("+49 1234 56789", "mobile"),
                                                      ("+49 9876 54321", "work")]


def test_lotus_two_space_fold_keeps_one_space():
    (c,) = read("ezvcard_lotusnotes_cardme_v30.vcf")
    assert c.uid == "0e7602cc-443e-4b82-b4b1-90f62f99a199"
    assert len(c.emails) == 2


def test_blackberry_one_long_base64_line():
    (c,) = read("ezvcard_blackberry_v21.vcf")
    assert c.photo and c.phones[0].number == "+96123456789"
