"""The header rows other apps write, as data: which column holds which part of a contact.

Outlook writes its CSV headers in the user's language and its text in that language's Windows code
page; each `OUTLOOK` entry is one language's header row, column for column in the order of
`OUTLOOK_FIELDS` ("" where a column is not known), with its code page. Sources (see
tests/data/csv/SOURCES.md): the English row of Outlook's own export; German from a real German
Outlook export header; French from a real one (polytechnique.org's Outlook writer) and the
column list of Exchange's Outlook-CSV importer, which also gives Spanish, Italian, Polish,
Portuguese (both), Czech and Danish with their code pages; Dutch from a script that reads a Dutch
Outlook export (names, emails, phones; its address columns are not known here).

Thunderbird writes its own columns ("Primary Email", "Display Name", "Mobile Number"...), in
English or in its UI language; `GENERIC` holds the columns hand-made sheets, KAddressBook's export
(`Formatted Name`, `Given Name`, `Honorific Prefixes`...) and web apps (`Primary Email`,
`Email Home`, `Home Mobile`, Yahoo's `First`, `Alternate Email 1`...) use.
A field is a plain name ("given", "organisation", "notes"...), a kind of email or phone
("email:work", "phone:mobile"), or an address part of a place ("work:city", "home:street2").
"""

from __future__ import annotations

from dataclasses import dataclass, field

OUTLOOK_FIELDS = (
    "prefix", "given", "middle", "family", "suffix", "organisation", "department", "role",
    "email:", "email:", "email:",
    "phone:mobile", "phone:work", "phone:work", "phone:home", "phone:home", "phone:work fax",
    "phone:home fax", "phone:fax", "phone:other", "phone:pager", "phone:main", "phone:",
    "phone:assistant", "phone:car",
    "work:street", "work:street2", "work:street3", "work:city", "work:region", "work:postal",
    "work:country", "work:pobox",
    "home:street", "home:street2", "home:street3", "home:city", "home:region", "home:postal",
    "home:country", "home:pobox",
    "other:street", "other:street2", "other:street3", "other:city", "other:region",
    "other:postal", "other:country", "other:pobox",
    "tags", "notes", "website",
)


@dataclass(frozen=True)
class Vocabulary:
    """One app's (and language's) header row: column name -> field, and its code page."""

    name: str  # "outlook", "outlook-de", "thunderbird", "csv"...
    columns: dict[str, str]
    codepage: str = "cp1252"
    repeated: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a name used twice
    row: tuple[str, ...] = ()  # Outlook's: its column names in the order of OUTLOOK_FIELDS

    def fields_of(self, headers: list[str]) -> list[str]:
        """The field of each column ("" when none): a name the row uses twice (French
        Outlook's "Titre", courtesy title then job title) takes its meanings in order, and
        alone the last of them."""
        keys = [key(h) for h in headers]
        seen: dict[str, int] = {}
        out = []
        for k in keys:
            meanings = self.repeated.get(k)
            if meanings:
                nth = seen[k] = seen.get(k, -1) + 1
                out.append(meanings[min(nth, len(meanings) - 1)] if keys.count(k) > 1
                           else meanings[-1])
            else:
                out.append(self.columns.get(k, ""))
        return out


def key(header: str) -> str:
    """A header as compared: no BOM, spacing collapsed, case folded."""
    return " ".join(header.replace("\ufeff", "").strip().casefold().split())


def _outlook(name: str, row: str, codepage: str = "cp1252",
             also: dict[str, str] | None = None) -> Vocabulary:
    headers = row.split("|")
    if len(headers) != len(OUTLOOK_FIELDS):
        raise ValueError(f"{name}: {len(headers)} columns, {len(OUTLOOK_FIELDS)} expected")
    columns = {key(h): f for h, f in zip(headers, OUTLOOK_FIELDS) if h}
    columns.update({key(h): f for h, f in (also or {}).items()})
    repeated = {key(h): tuple(f for h2, f in zip(headers, OUTLOOK_FIELDS) if h2 == h)
                for h in headers if h and headers.count(h) > 1}
    return Vocabulary(name, columns, codepage, repeated, tuple(headers))


OUTLOOK_EN_ROW = (
    "Title|First Name|Middle Name|Last Name|Suffix|Company|Department|Job Title|"
    "E-mail Address|E-mail 2 Address|E-mail 3 Address|Mobile Phone|Business Phone|"
    "Business Phone 2|Home Phone|Home Phone 2|Business Fax|Home Fax|Other Fax|Other Phone|Pager|"
    "Company Main Phone|Primary Phone|Assistant's Phone|Car Phone|Business Street|"
    "Business Street 2|Business Street 3|Business City|Business State|Business Postal Code|"
    "Business Country/Region|Business Address PO Box|Home Street|Home Street 2|Home Street 3|"
    "Home City|Home State|Home Postal Code|Home Country/Region|Home Address PO Box|Other Street|"
    "Other Street 2|Other Street 3|Other City|Other State|Other Postal Code|"
    "Other Country/Region|Other Address PO Box|Categories|Notes|Web Page")

OUTLOOK = [
    _outlook("outlook", OUTLOOK_EN_ROW, also={
        "Callback": "phone:callback", "Radio Phone": "phone:radio", "ISDN": "phone:isdn",
        "Telex": "phone:telex", "TTY/TDD Phone": "phone:tty", "Personal Web Page": "website"}),
    _outlook("outlook-de", (
        "Anrede|Vorname|Weitere Vornamen|Nachname|Suffix|Firma|Abteilung|Position|"
        "E-Mail-Adresse|E-Mail 2: Adresse|E-Mail 3: Adresse|Mobiltelefon|Telefon geschäftlich|"
        "Telefon geschäftlich 2|Telefon privat|Telefon privat 2|Fax geschäftlich|Fax privat|"
        "Weiteres Fax|Weiteres Telefon|Pager|Telefon Firma|Haupttelefon|Telefon Assistent|"
        "Autotelefon|Straße geschäftlich|Straße geschäftlich 2|Straße geschäftlich 3|"
        "Ort geschäftlich|Region geschäftlich|Postleitzahl geschäftlich|"
        "Land/Region geschäftlich|Postfach geschäftlich|Straße privat|Straße privat 2|"
        "Straße privat 3|Ort privat|Bundesland/Kanton privat|Postleitzahl privat|"
        "Land/Region privat|Postfach privat|Weitere Straße|Weitere Straße 2|Weitere Straße 3|"
        "Weiterer Ort|Weiteres/r Bundesland/Kanton|Weitere Postleitzahl|Weiteres/e Land/Region|"
        "Weiteres Postfach|Kategorien|Notizen|Webseite"), also={
        "Telefon (privat)": "phone:home", "Telefon (privat 2)": "phone:home",
        "Mobiltelefon 2": "phone:mobile", "Land geschäftlich": "work:country",
        "Land privat": "home:country", "Region privat": "home:region"}),
    _outlook("outlook-fr", (
        "Titre|Prénom|Deuxième prénom|Nom|Suffixe|Société|Service|Titre|"
        "Adresse de messagerie|Adresse de messagerie 2|Adresse de messagerie 3|Tél. mobile|"
        "Téléphone (bureau)|Téléphone 2 (bureau)|Téléphone (domicile)|Téléphone 2 (domicile)|"
        "Télécopie (bureau)|Télécopie (domicile)|Télécopie (autre)|Téléphone (autre)|"
        "Récepteur de radiomessagerie|Téléphone société|Téléphone principal|"
        "Téléphone de l'assistant(e)|Téléphone (voiture)|Rue (bureau)|Rue (bureau) 2|"
        "Rue (bureau) 3|Ville (bureau)|Dép/Région (bureau)|Code postal (bureau)|"
        "Pays/Région (bureau)|B.P. professionnelle|Rue (domicile)|Rue (domicile) 2|"
        "Rue (domicile) 3|Ville (domicile)|Dép/Région (domicile)|Code postal (domicile)|"
        "Pays/Région (domicile)|Boîte postale du domicile|Rue (autre)|Rue (autre) 2|"
        "Rue (autre) 3|Ville (autre)|Dép/Région (autre)|Code postal (autre)|Pays/Région (autre)|"
        "Autre boîte postale|Catégories|Notes|Page Web"), also={
        "Pays (bureau)": "work:country", "Pays (domicile)": "home:country",
        "Pays (autre)": "other:country"}),
    _outlook("outlook-es", (
        "Tratamiento|Nombre|Segundo nombre|Apellidos|Sufijo|Organización|Departamento|Puesto|"
        "Dirección de correo electrónico|Dirección de correo electrónico 2|"
        "Dirección de correo electrónico 3|Teléfono móvil|Teléfono del trabajo|"
        "Teléfono del trabajo 2|Particular|Particular 2|Fax del trabajo|Fax particular|Otro fax|"
        "Otro teléfono|Localizador|Número de centralita de la organización|Teléfono principal|"
        "||Calle del trabajo|Calle del trabajo 2|Calle del trabajo 3|Ciudad de trabajo|"
        "Provincia o estado de trabajo|Código postal del trabajo|País o región del trabajo|"
        "Apartado postal de la dirección del trabajo|Calle del domicilio|Calle del domicilio 2|"
        "Calle del domicilio 3|Ciudad de residencia|Provincia o estado de residencia|"
        "Código postal de residencia|País o región del domicilio|"
        "Apartado postal de la dirección personal|Otra calle|Otra calle 2|Otra calle 3|"
        "Otra ciudad|Otra provincia o estado|Otro código postal|Otro país o región|"
        "Otro apartado postal|Categorías|Notas|Página web"), also={
        "Compañía": "organisation", "Teléfono particular": "phone:home",
        "Teléfono particular 2": "phone:home", "Dirección del correo electrónico 2": "email:",
        "Dirección del correo electrónico 3": "email:"}),
    _outlook("outlook-it", (
        "Titolo|Nome|Secondo nome|Cognome|Titolo straniero|Società|Reparto|Posizione|"
        "Indirizzo posta elettronica|Indirizzo posta elettronica 2|"
        "Indirizzo posta elettronica 3|Cellulare|Ufficio|Ufficio 2|Abitazione|Abitazione 2|"
        "Fax (uff.)|Fax (ab.)|Altro fax|Altro telefono|Cercapersone|"
        "Telefono principale società|Telefono principale|Telefono assistente|Telefono auto|"
        "Via (uff.)|Via (uff.) 2|Via (uff.) 3|Città (uff.)|Provincia (uff.)|CAP (uff.)|"
        "Paese (uff.)|Indirizzo (uff.) - Casella postale|Via (ab.)|Via (ab.) 2|Via (ab.) 3|"
        "Città (ab.)|Provincia (ab.)|CAP (ab.)|Paese (ab.)|Indirizzo (ab.) - Casella postale|"
        "Altra via|Altra via 2|Altra via 3|Altra città|Altra provincia|Altro CAP|Altro paese|"
        "Altro indirizzo - Casella postale|Categorie|Note|Pagina Web")),
    _outlook("outlook-nl", (
        "Titel|Voornaam|Middelste naam|Achternaam|Achtervoegsel|Bedrijf|Afdeling|Functie|"
        "E-mailadres|E-mailadres 2|E-mailadres 3|Mobiele telefoon|Telefoon op werk|"
        "Telefoon op werk 2|Telefoon thuis|Telefoon thuis 2|Fax op werk|Fax thuis|Andere fax|"
        "Andere telefoon|Pieper|Hoofdtelefoon bedrijf|Hoofdtelefoon|Telefoon assistent|"
        "Autotelefoon" + "|" * 25 + "Categorieën|Notities|Webpagina"), also={
        "E-mail 2": "email:", "E-mail 3": "email:"}),
    _outlook("outlook-pl", (
        "Tytuł|Imię|Drugie imię|Nazwisko|Sufiks|Firma|Dział|Stanowisko|Adres e-mail|"
        "Adres e-mail 2|Adres e-mail 3|Telefon komórkowy|Telefon służbowy|Telefon służbowy 2|"
        "Telefon domowy|Telefon domowy 2|Faks służbowy|Faks domowy|Inny faks|Inny telefon|Pager|"
        "Główny telefon do firmy|Telefon podstawowy|Telefon asystenta|Telefon w samochodzie|"
        "Adres służbowy - ulica|Adres służbowy - ulica 2|Adres służbowy - ulica 3|"
        "Adres służbowy - miejscowość|Adres służbowy - województwo|"
        "Adres służbowy - kod pocztowy|Adres służbowy - kraj/region|Służbowa skrzynka pocztowa|"
        "Adres domowy - ulica|Adres domowy - ulica (2)|Adres domowy - ulica (3)|"
        "Adres domowy - miejscowość|Adres domowy - województwo|Adres domowy - kod pocztowy|"
        "Adres domowy - kraj/region|Domowa skrzynka pocztowa|Inny adres - ulica|"
        "Inny adres - ulica 2|Inny adres - ulica 3|Inny adres - miejscowość|"
        "Inny adres - województwo|Inny adres - kod pocztowy|Inny adres - kraj/region|"
        "Inna skrzynka pocztowa|Kategorie|Notatki|Strona sieci Web"), "cp1250"),
    _outlook("outlook-pt", (
        "Título|Primeiro nome|Outros nomes/apelidos|Apelido|Sufixo|Empresa|Departamento|Cargo|"
        "Endereço de correio electrónico|Endereço do correio electrónico 2|"
        "Endereço do correio electrónico 3|Telemóvel|Telefone da empresa|"
        "2º telefone da empresa|Telefone da residência|2º telefone da residência|"
        "Fax da empresa|Fax da residência|Outro fax|Outro telefone|Pager|"
        "Telefone principal da empresa|Telefone principal|Telefone do assistente|"
        "Telefone do carro|Rua da empresa|Rua da empresa 2|Rua da empresa 3|"
        "Localidade da empresa|Distrito da empresa|Código postal da empresa|"
        "País/Região da Empresa|Apartado da empresa|Rua da residência|Rua da residência (2)|"
        "Rua da residência (3)|Localidade da residência|Distrito da residência|"
        "Código postal da residência|País da Residência/Região|Apartado da residência|"
        "Rua do outro endereço|Rua do outro endereço 2|Rua do outro endereço 3|"
        "Localidade do outro endereço|Distrito do outro endereço|"
        "Código postal do outro endereço|Outro País/Região|Apartado do outro endereço|"
        "Categorias|Notas|Página na Web"), also={
        "Endereço de correio eletrónico": "email:",
        "Endereço do correio eletrónico 2": "email:",
        "Endereço do correio eletrónico 3": "email:"}),
    _outlook("outlook-pt-br", (
        "Tratamento|Nome|Segundo nome|Sobrenome|Sufixo|Empresa|Departamento|Cargo|"
        "Endereço de email|Endereço de email 2|Endereço de email 3|Telefone celular|"
        "Telefone comercial|Telefone comercial 2|Telefone residencial|Telefone residencial 2|"
        "Fax comercial|Fax residencial|Outro fax|Outro telefone|Pager|"
        "Telefone principal da empresa|Telefone principal|Telefone do assistente|"
        "Telefone do carro||Rua do endereço comercial 2|Rua do endereço comercial 3|||||"
        "Caixa postal do endereço comercial|Endereço residencial|Endereço residencial 2|"
        "Endereço residencial 3|Cidade do endereço residencial|Estado|"
        "CEP do endereço residencial|País/Região de Residência|"
        "Caixa postal do endereço residencial|Outro endereço|Outro endereço 2|"
        "Outro endereço 3|Cidade|Outro Estado|CEP|Outro País/Região|"
        "Caixa postal de outro endereço|Categorias|Anotações|Página da Web"), also={
        "Endereço de e-mail": "email:", "Endereço de e-mail 2": "email:",
        "Endereço de e-mail 3": "email:", "País/Região da Empresa": "work:country"}),
    _outlook("outlook-cs", (
        "Titul|Jméno|2. křestní jméno|Příjmení|Za příjmením|Společnost|Oddělení|Funkce|"
        "E-mailová adresa|E-mailová adresa 2|E-mailová adresa 3|Mobilní telefon|"
        "Telefon (zam.)|Telefon 2 (zam.)|Telefon domů|Telefon 2 domů|Fax (zam.)|Fax domů|"
        "Jiný fax|Jiný telefon|Operátor|Telefon společnosti|Primární telefon|"
        "Telefon asistenta|Telefon do auta|Ulice (zam.)|Ulice 2 (zam.)|Ulice 3 (zam.)|"
        "Město (zam.)|Země (zam.)|PSČ (zam.)|Země (zaměstnání)|Poštovní přihrádka zaměstnání|"
        "Ulice (dom.)|Ulice 2 (dom.)|Ulice 3 (dom.)|Město (dom.)|Země (dom.)|PSČ (dom.)|"
        "Země (domů)|Poštovní přihrádka domů|Jiná ulice|Jiná ulice 2|Jiná ulice 3|"
        "Jiné město|Jiný okres|Jiné PSČ|Jiná země|Jiná poštovní přihrádka|Kategorie|Poznámky|"
        "Webová stránka"), "cp1250"),
    _outlook("outlook-da", (
        "Titel|Fornavn|Mellemnavn|Efternavn|Suffiks|Firma|Afdeling|Stilling|E-mail-adresse|"
        "E-mail 2-adresse|E-mail 3-adresse|Mobiltelefon|Telefon (arbejde)|Telefon 2 (arbejde)|"
        "Telefon (privat)|Telefon 2 (privat)|Fax (arbejde)|Fax (privat)|Anden fax|"
        "Anden telefon|Personsøger|Primær telefon (firma)|Primær telefon|"
        "Assistentens telefon|Biltelefon|Gade (arbejde)|Gade 2 (firma)|Gade 3 (firma)|"
        "By (arbejde)|Område (arbejde)|Postnummer (arbejde)|Land/område (arbejde)|"
        "Adresse, postboks (arbejde)|Gade (privat)|Gade 2 (privat)|Gade 3 (privat)|By (privat)|"
        "Område (privat)|Postnummer (privat)|Land/område (privat)|Adresse, postboks (privat)|"
        "Anden gade|Anden gade 2|Anden gade 3|Anden by|Andet område|Andet postnummer|"
        "Andet land/område|Anden adresse, postboks|Kategorier|Notater|webside")),
]

THUNDERBIRD = [
    Vocabulary("thunderbird", {key(h): f for h, f in {
        "First Name": "given", "Last Name": "family", "Display Name": "name",
        "Primary Email": "email:", "Secondary Email": "email:", "Work Phone": "phone:work",
        "Home Phone": "phone:home", "Fax Number": "phone:fax", "Pager Number": "phone:pager",
        "Mobile Number": "phone:mobile", "Home Address": "home:street",
        "Home Address 2": "home:street2", "Home City": "home:city", "Home State": "home:region",
        "Home ZipCode": "home:postal", "Home Country": "home:country",
        "Work Address": "work:street", "Work Address 2": "work:street2",
        "Work City": "work:city", "Work State": "work:region", "Work ZipCode": "work:postal",
        "Work Country": "work:country", "Job Title": "role", "Department": "department",
        "Organization": "organisation", "Web Page 1": "website", "Web Page 2": "website",
        "Notes": "notes", "Nickname": "", "Screen Name": "", "Birth Year": "",
        "Birth Month": "", "Birth Day": "", "Custom 1": "", "Custom 2": "", "Custom 3": "",
        "Custom 4": ""}.items()}),
    Vocabulary("thunderbird-de", {key(h): f for h, f in {
        "Vorname": "given", "Nachname": "family", "Anzeigename": "name", "Spitzname": "",
        "Primäre E-Mail-Adresse": "email:", "Sekundäre E-Mail-Adresse": "email:",
        "Tel. dienstlich": "phone:work", "Tel. privat": "phone:home",
        "Fax-Nummer": "phone:fax", "Pager-Nummer": "phone:pager",
        "Mobil-Tel.-Nr.": "phone:mobile", "Privat: Adresse": "home:street",
        "Privat: Land": "home:country", "Privat: PLZ": "home:postal",
        "Dienstlich: Adresse": "work:street", "Dienstlich: Land": "work:country",
        "Dienstlich: PLZ": "work:postal", "Abteilung": "department",
        "Organisation": "organisation", "Webseite 1": "website", "Webseite 2": "website",
        "Notizen": "notes"}.items()}),
]

GENERIC = Vocabulary("csv", {key(h): f for h, f in {
    "Name": "name", "Full Name": "name", "Display Name": "name", "Nombre completo": "name",
    "First Name": "given", "Given Name": "given", "Nombre": "given", "Last Name": "family",
    "Family Name": "family", "Surname": "family", "Apellidos": "family", "Apellido": "family",
    "Email": "email:", "E-mail": "email:", "Email Address": "email:", "E-mail Address": "email:",
    "Emails": "email:", "Correo": "email:", "Correo electrónico": "email:",
    "Primary Email": "email:", "Secondary Email": "email:", "Email Home": "email:home",
    "Home Email": "email:home", "Email Work": "email:work", "Work Email": "email:work",
    "Email Other": "email:other", "Phone": "phone:", "Telephone": "phone:",
    "Phone Number": "phone:", "Phones": "phone:", "Teléfono": "phone:", "Telefono": "phone:",
    "Mobile": "phone:mobile", "Celular": "phone:mobile", "Móvil": "phone:mobile",
    "Mobile Phone": "phone:mobile", "Home Mobile": "phone:mobile",
    "Work Mobile": "phone:mobile", "Home Phone": "phone:home", "Work Phone": "phone:work",
    "Work Fax": "phone:work fax", "Home Fax": "phone:home fax", "Fax": "phone:fax",
    "Company": "organisation", "Organisation": "organisation", "Organization": "organisation",
    "Empresa": "organisation", "Organización": "organisation", "Work Company": "organisation",
    "Department": "department", "Work Dept": "department", "Title": "role",
    "Job Title": "role", "Role": "role", "Position": "role", "Puesto": "role",
    "Cargo": "role", "Work Title": "role", "Website": "website", "Web": "website",
    "URL": "website", "Notes": "notes", "Note": "notes", "Notas": "notes", "Info": "notes",
    "Tags": "tags", "Etiquetas": "tags", "Address": "home:street", "Dirección": "home:street",
    "Work City": "work:city", "Work State": "work:region", "Work Zip": "work:postal",
    "Home Zip": "home:postal", "Email 2": "email:", "Email 3": "email:", "E-mail 2": "email:",
    "E-mail 3": "email:", "Alternate Email 1": "email:", "Alternate Email 2": "email:",
    "Business Phone": "phone:work", "Business Fax": "phone:work fax", "Cell": "phone:mobile",
    "Cell Phone": "phone:mobile", "Pager": "phone:pager", "First": "given", "Middle": "middle",
    "Last": "family", "Middle Name": "middle", "Formatted Name": "name",
    "Additional Names": "middle", "Honorific Prefixes": "prefix",
    "Honorific Suffixes": "suffix", "Homepage": "website", "Category": "tags",
    "Categories": "tags"}.items()})

IDENTITY = ("name", "given", "family", "organisation")  # with any email or phone field
