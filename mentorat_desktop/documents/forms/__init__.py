"""Fillable PDF forms (ReportLab AcroForm): plain data in, PDF bytes out.

Fonts. Everything printed (titles, questions, captions) is drawn in the embedded Noto Sans,
like every other document. The fields themselves can only name one of the PDF standard-14
fonts (ReportLab writes their /DA and /DR with no embedded font), so they use Helvetica with
ReportLab's encoding for forms, a PDFDocEncoding-like table that holds all of French (é è à
ç œ ’ « » …): checked by filling with pypdf and with PyMuPDF, and by rendering the result
with poppler (tests/test_forms_*.py). The values the participants type are drawn by their
own reader, which builds the appearance of a field as they type; a name or text outside
Latin-1 (Polish, Vietnamese) shows in the readers that fall back to a font of theirs.
No field is filled in advance with free text: ReportLab's appearance streams accept only
Latin-1, so the choices offered are digits and codes and their words are printed beside.

Appearances. ReportLab writes an appearance stream for every field and every state (the
radio buttons' dots, the check marks), so a form shows and prints the same in Acrobat,
Edge, Chrome, Firefox and Preview before anyone types. NeedAppearances is left unset: each
of these readers writes the appearance of what it fills when it saves, and with the flag
set Acrobat rebuilds every field on opening and asks to save a form nobody changed.

The shape of each form (field names, kinds, options) is kept as ``FieldShape``s, so that the
service can sign a digest of it into the hidden identifier and tell a form edited outside
its fields (a field added, removed, renamed, options changed) from one merely filled.
"""
