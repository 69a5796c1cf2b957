<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mentorat</source>
        <translation>About Mentorat</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mentorat {version}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mentorat {version}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Run a reverse-mentoring programme from one desktop PC.</source>
        <translation>Run a reverse-mentoring programme from one desktop PC.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence. Icons: Lucide (ISC licence). Documents font: Noto Sans (SIL Open Font Licence). Built with Qt for Python (LGPL v3).</source>
        <translation>Free software under the MIT licence. Icons: Lucide (ISC licence). Documents font: Noto Sans (SIL Open Font Licence). Built with Qt for Python (LGPL v3).</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>&amp;Open the data folder</source>
        <translation>&amp;Open the data folder</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>Show the data folder in the file manager</translation>
    </message>
    <message>
        <source>The folder is created the first time Mentorat saves data there.</source>
        <translation>The folder is created the first time Mentorat saves data there.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Uninstalling Mentorat leaves this folder in place: your database and its backups stay there until you delete them.</source>
        <translation>Uninstalling Mentorat leaves this folder in place: your database and its backups stay there until you delete them.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Your data</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <source>Copy the version and locations, to send to support</source>
        <translation>Copy the version and locations, to send to support</translation>
    </message>
    <message>
        <source>Qt {qt}, Python {python}, {system}</source>
        <translation>Qt {qt}, Python {python}, {system}</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Data folder: {folder}</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <source>What is to be done</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>Remove this action</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Session agenda</source>
        <translation>Session agenda</translation>
    </message>
    <message>
        <source>Session {number} agenda</source>
        <translation>Session {number} agenda</translation>
    </message>
    <message>
        <source>{mentor} and {mentee} — {programme}</source>
        <translation>{mentor} and {mentee} — {programme}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>{day}, {start} – {end}</source>
        <translation>{day}, {start} – {end}</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>to be decided</source>
        <translation>to be decided</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} minutes</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation>To prepare</translation>
    </message>
    <message>
        <source>Open actions from earlier sessions</source>
        <translation>Open actions from earlier sessions</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Free discussion</source>
        <translation>Free discussion</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <source>Agenda — {mentor} and {mentee}</source>
        <translation>Agenda — {mentor} and {mentee}</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Session agenda</source>
        <translation>Session agenda</translation>
    </message>
    <message>
        <source>{mentor} and {mentee}, {day} at {time}, {minutes} min</source>
        <translation>{mentor} and {mentee}, {day} at {time}, {minutes} min</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>Double-click or F2 to edit; Alt+Up and Alt+Down or drag to reorder</source>
        <translation>Double-click or F2 to edit; Alt+Up and Alt+Down or drag to reorder</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <source>Add an item after the selected one (Insert)</source>
        <translation>Add an item after the selected one (Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the selected item (Delete)</source>
        <translation>Remove the selected item (Delete)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move the selected item up (Alt+Up)</source>
        <translation>Move the selected item up (Alt+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Move the selected item down (Alt+Down)</source>
        <translation>Move the selected item down (Alt+Down)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>A ready-made agenda, fitted to the session's length</source>
        <translation>A ready-made agenda, fitted to the session's length</translation>
    </message>
    <message>
        <source>Use &amp;template</source>
        <translation>Use &amp;template</translation>
    </message>
    <message>
        <source>Replace the agenda with the chosen template</source>
        <translation>Replace the agenda with the chosen template</translation>
    </message>
    <message>
        <source>What each side prepares; printed on the agenda</source>
        <translation>What each side prepares; printed on the agenda</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Pr&amp;eparation:</source>
        <translation>Pr&amp;eparation:</translation>
    </message>
    <message>
        <source>Tem&amp;plate:</source>
        <translation>Tem&amp;plate:</translation>
    </message>
    <message>
        <source>Changes are saved as you make them.</source>
        <translation>Changes are saved as you make them.</translation>
    </message>
    <message>
        <source>Open actions from earlier sessions</source>
        <translation>Open actions from earlier sessions</translation>
    </message>
    <message>
        <source>both</source>
        <translation>both</translation>
    </message>
    <message>
        <source>{text} ({owner})</source>
        <translation>{text} ({owner})</translation>
    </message>
    <message>
        <source>Ticked actions are proposed for this agenda.</source>
        <translation>Ticked actions are proposed for this agenda.</translation>
    </message>
    <message>
        <source>No open action from the pair's earlier sessions.</source>
        <translation>No open action from the pair's earlier sessions.</translation>
    </message>
    <message>
        <source>Add to the a&amp;genda</source>
        <translation>Add to the a&amp;genda</translation>
    </message>
    <message>
        <source>A 5-minute follow-up item per ticked action</source>
        <translation>A 5-minute follow-up item per ticked action</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Use a template</source>
        <translation>Use a template</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n items of this agenda with the template?</source>
        <translation><numerusform>Replace the item of this agenda with the template?</numerusform>
            <numerusform>Replace the %n items of this agenda with the template?</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up: {action}</source>
        <translation>Follow-up: {action}</translation>
    </message>
    <message>
        <source>Total: {total} of {length} min</source>
        <translation>Total: {total} of {length} min</translation>
    </message>
    <message>
        <source>The agenda runs {over} min over the session.</source>
        <translation>The agenda runs {over} min over the session.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>AgendaTemplate</name>
    <message>
        <source>First session</source>
        <translation>First session</translation>
    </message>
    <message>
        <source>Regular session</source>
        <translation>Regular session</translation>
    </message>
    <message>
        <source>Mid-point review</source>
        <translation>Mid-point review</translation>
    </message>
    <message>
        <source>Closing session</source>
        <translation>Closing session</translation>
    </message>
    <message>
        <source>Get to know each other: background and expectations</source>
        <translation>Get to know each other: background and expectations</translation>
    </message>
    <message>
        <source>Goals of the pair</source>
        <translation>Goals of the pair</translation>
    </message>
    <message>
        <source>Rhythm, time slots and how to reach each other</source>
        <translation>Rhythm, time slots and how to reach each other</translation>
    </message>
    <message>
        <source>Read and sign the charter</source>
        <translation>Read and sign the charter</translation>
    </message>
    <message>
        <source>Next session and actions</source>
        <translation>Next session and actions</translation>
    </message>
    <message>
        <source>Mid-point review: what each has learned</source>
        <translation>Mid-point review: what each has learned</translation>
    </message>
    <message>
        <source>Goals: where do we stand?</source>
        <translation>Goals: where do we stand?</translation>
    </message>
    <message>
        <source>What works, what to change</source>
        <translation>What works, what to change</translation>
    </message>
    <message>
        <source>Plan for the second half</source>
        <translation>Plan for the second half</translation>
    </message>
    <message>
        <source>Review of the programme</source>
        <translation>Review of the programme</translation>
    </message>
    <message>
        <source>Skill self-assessment</source>
        <translation>Skill self-assessment</translation>
    </message>
    <message>
        <source>Feedback to each other</source>
        <translation>Feedback to each other</translation>
    </message>
    <message>
        <source>What comes next, and thanks</source>
        <translation>What comes next, and thanks</translation>
    </message>
    <message>
        <source>Follow-up of the last session's actions</source>
        <translation>Follow-up of the last session's actions</translation>
    </message>
    <message>
        <source>Actions for the next session</source>
        <translation>Actions for the next session</translation>
    </message>
    <message>
        <source>{teacher} shows {learner}</source>
        <translation>{teacher} shows {learner}</translation>
    </message>
</context>
<context>
    <name>AnonymiseConfirmDialog</name>
    <message>
        <source>Anonymise {name}</source>
        <translation>Anonymise {name}</translation>
    </message>
    <message>
        <source>{name}'s name, email, birth year, hire date, job title and manager link, and every note written by or about them, will be erased for good. Their sessions, hours and ratings stay in the statistics. A backup is taken first.

Type their name to confirm:</source>
        <translation>{name}'s name, email, birth year, hire date, job title and manager link, and every note written by or about them, will be erased for good. Their sessions, hours and ratings stay in the statistics. A backup is taken first.

Type their name to confirm:</translation>
    </message>
    <message>
        <source>Name of the person</source>
        <translation>Name of the person</translation>
    </message>
    <message>
        <source>Type the name exactly as shown</source>
        <translation>Type the name exactly as shown</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonymise</translation>
    </message>
</context>
<context>
    <name>AnonymisedCopiesDialog</name>
    <message>
        <source>Anonymised</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <source>Copies that still hold the person</source>
        <translation>Copies that still hold the person</translation>
    </message>
    <message>
        <source>&amp;Compact again</source>
        <translation>&amp;Compact again</translation>
    </message>
    <message>
        <source>After closing the other Mentorat windows and programs using the database</source>
        <translation>After closing the other Mentorat windows and programs using the database</translation>
    </message>
    <message>
        <source>&amp;Anonymise the backups</source>
        <translation>&amp;Anonymise the backups</translation>
    </message>
    <message>
        <source>Erase the person in every backup that can be read; the others stay listed</source>
        <translation>Erase the person in every backup that can be read; the others stay listed</translation>
    </message>
    <message>
        <source>&amp;Delete these copies</source>
        <translation>&amp;Delete these copies</translation>
    </message>
    <message>
        <source>Delete every listed copy, the backup taken just before included</source>
        <translation>Delete every listed copy, the backup taken just before included</translation>
    </message>
    <message>
        <source>The backup taken just before the anonymisation ({date}), in case it was a mistake: {file}</source>
        <translation>The backup taken just before the anonymisation ({date}), in case it was a mistake: {file}</translation>
    </message>
    <message>
        <source>Backup of {date}: {file}</source>
        <translation>Backup of {date}: {file}</translation>
    </message>
    <message>
        <source>Encrypted backup of {date}, which cannot be anonymised without its password (it can be deleted): {file}</source>
        <translation>Encrypted backup of {date}, which cannot be anonymised without its password (it can be deleted): {file}</translation>
    </message>
    <message>
        <source>Damaged database set aside on {date}, which cannot be anonymised (it can be deleted): {file}</source>
        <translation>Damaged database set aside on {date}, which cannot be anonymised (it can be deleted): {file}</translation>
    </message>
    <message>
        <source>{name} is now “{label}” in the database.</source>
        <translation>{name} is now “{label}” in the database.</translation>
    </message>
    <message>
        <source>⚠ The database file itself still holds their data: another window or program was reading it. Close the other Mentorat windows, then choose Compact again.</source>
        <translation>⚠ The database file itself still holds their data: another window or program was reading it. Close the other Mentorat windows, then choose Compact again.</translation>
    </message>
    <message>
        <source>These copies beside the database still hold their data:</source>
        <translation>These copies beside the database still hold their data:</translation>
    </message>
    <message>
        <source>No backup or copy beside the database holds their data.</source>
        <translation>No backup or copy beside the database holds their data.</translation>
    </message>
    <message>
        <source>The server's own backups are kept by its administrator, not by Mentorat.</source>
        <translation>The server's own backups are kept by its administrator, not by Mentorat.</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>Cannot write “{path}”: {reason}</source>
        <translation>Cannot write “{path}”: {reason}</translation>
    </message>
    <message>
        <source>“{name}”: {part} unpacks to more than {limit} MB, far more than any company's data; it was not imported.</source>
        <translation>“{name}”: {part} unpacks to more than {limit} MB, far more than any company's data; it was not imported.</translation>
    </message>
    <message>
        <source>“{name}” is not a valid Mentorat archive (its manifest's “{field}”).</source>
        <translation>“{name}” is not a valid Mentorat archive (its manifest's “{field}”).</translation>
    </message>
    <message>
        <source>“{name}” is not a Mentorat archive (no manifest).</source>
        <translation>“{name}” is not a Mentorat archive (no manifest).</translation>
    </message>
    <message>
        <source>“{name}” is not a Mentorat archive.</source>
        <translation>“{name}” is not a Mentorat archive.</translation>
    </message>
    <message>
        <source>“{name}” was made by a newer version of Mentorat (schema {revision}): install the latest version to import it.</source>
        <translation>“{name}” was made by a newer version of Mentorat (schema {revision}): install the latest version to import it.</translation>
    </message>
    <message>
        <source>“{name}” was made by an older version of Mentorat (schema {revision}). Import it with that version, let this version upgrade the database, then export it again.</source>
        <translation>“{name}” was made by an older version of Mentorat (schema {revision}). Import it with that version, let this version upgrade the database, then export it again.</translation>
    </message>
    <message>
        <source>“{name}”, {table}.csv line {line}, column “{column}”: {reason}.</source>
        <translation>“{name}”, {table}.csv line {line}, column “{column}”: {reason}.</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>a value is required</translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation>not a date and time</translation>
    </message>
    <message>
        <source>a time without its time zone</source>
        <translation>a time without its time zone</translation>
    </message>
    <message>
        <source>“{cell}” is not true or false</source>
        <translation>“{cell}” is not true or false</translation>
    </message>
    <message>
        <source>“{cell}” is not a whole number</source>
        <translation>“{cell}” is not a whole number</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>not a date</translation>
    </message>
    <message>
        <source>not base64 data</source>
        <translation>not base64 data</translation>
    </message>
    <message>
        <source>not one of the known values</source>
        <translation>not one of the known values</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>a NUL character</translation>
    </message>
    <message numerus="yes">
        <source>longer than %n characters</source>
        <translation><numerusform>longer than %n character</numerusform><numerusform>longer than %n characters</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the line does not have %n cells</source>
        <translation><numerusform>the line does not have %n cell</numerusform><numerusform>the line does not have %n cells</numerusform></translation>
    </message>
    <message>
        <source>“{name}”, {table}.csv line {line}: {reason}</source>
        <translation>“{name}”, {table}.csv line {line}: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is damaged ({table} does not match its checksum).</source>
        <translation>“{name}” is damaged ({table} does not match its checksum).</translation>
    </message>
    <message>
        <source>“{name}”: the columns of {table} are not the expected ones.</source>
        <translation>“{name}”: the columns of {table} are not the expected ones.</translation>
    </message>
    <message>
        <source>“{name}” is not a readable ZIP archive.</source>
        <translation>“{name}” is not a readable ZIP archive.</translation>
    </message>
    <message>
        <source>“{name}” is encrypted (it holds the confidential notes): enter its password.</source>
        <translation>“{name}” is encrypted (it holds the confidential notes): enter its password.</translation>
    </message>
    <message>
        <source>Wrong password for “{name}”.</source>
        <translation>Wrong password for “{name}”.</translation>
    </message>
    <message>
        <source>“{name}” lacks tables: {tables}.</source>
        <translation>“{name}” lacks tables: {tables}.</translation>
    </message>
    <message>
        <source>“{name}”: row counts differ for {tables}.</source>
        <translation>“{name}”: row counts differ for {tables}.</translation>
    </message>
    <message>
        <source>“{name}” is damaged: {reason}</source>
        <translation>“{name}” is damaged: {reason}</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Export everything</source>
        <translation>Export everything</translation>
    </message>
    <message>
        <source>Writes every table as a CSV file into one ZIP archive. The confidential journal notes are left out, unless you include them: the archive is then encrypted with a password (AES-256).</source>
        <translation>Writes every table as a CSV file into one ZIP archive. The confidential journal notes are left out, unless you include them: the archive is then encrypted with a password (AES-256).</translation>
    </message>
    <message>
        <source>&amp;Include the confidential notes (encrypted archive)</source>
        <translation>&amp;Include the confidential notes (encrypted archive)</translation>
    </message>
    <message>
        <source>Only to move the whole programme to another computer</source>
        <translation>Only to move the whole programme to another computer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>At least 8 characters; keep it somewhere safe</source>
        <translation>At least 8 characters; keep it somewhere safe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>Type the password again</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Skill assessments</source>
        <translation>Skill assessments</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>The programme whose participants are assessed</source>
        <translation>The programme whose participants are assessed</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Progress compares the start and the end assessments</source>
        <translation>Progress compares the start and the end assessments</translation>
    </message>
    <message>
        <source>Start of the programme</source>
        <translation>Start of the programme</translation>
    </message>
    <message>
        <source>End of the programme</source>
        <translation>End of the programme</translation>
    </message>
    <message>
        <source>During the programme</source>
        <translation>During the programme</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Assess everyone at once, or one person</source>
        <translation>Assess everyone at once, or one person</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Date of the assessment</translation>
    </message>
    <message>
        <source>The day the levels were assessed</source>
        <translation>The day the levels were assessed</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>&amp;Moment:</source>
        <translation>&amp;Moment:</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>P&amp;erson:</translation>
    </message>
    <message>
        <source>Each learner's level in the skills their pair works on (0 none, 1 basics, 2 intermediate, 3 advanced, 4 expert). It starts at the level already recorded for this moment, else the current level; the person's profile takes the new level.</source>
        <translation>Each learner's level in the skills their pair works on (0 none, 1 basics, 2 intermediate, 3 advanced, 4 expert). It starts at the level already recorded for this moment, else the current level; the person's profile takes the new level.</translation>
    </message>
    <message>
        <source>Levels to record</source>
        <translation>Levels to record</translation>
    </message>
    <message>
        <source>Skills and levels</source>
        <translation>Skills and levels</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Record these levels as of the date chosen</source>
        <translation>Record these levels as of the date chosen</translation>
    </message>
    <message>
        <source>Everyone in the programme</source>
        <translation>Everyone in the programme</translation>
    </message>
    <message>
        <source>{person}: level in {skill}</source>
        <translation>{person}: level in {skill}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>{done} of {count}</source>
        <translation>{done} of {count}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>No running or closed programme to assess yet.</source>
        <translation>No running or closed programme to assess yet.</translation>
    </message>
    <message>
        <source>Nobody to assess: the programme's pairs have no focus skills yet. Choose them in “Pairs” › “Edit pair…”.</source>
        <translation>Nobody to assess: the programme's pairs have no focus skills yet. Choose them in “Pairs” › “Edit pair…”.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation><numerusform>The password needs at least %n character.</numerusform><numerusform>The password needs at least %n characters.</numerusform></translation>
    </message>
    <message>
        <source>There is no database at “{path}” to back up.</source>
        <translation>There is no database at “{path}” to back up.</translation>
    </message>
    <message>
        <source>Cannot write the backup into “{folder}”: {reason}</source>
        <translation>Cannot write the backup into “{folder}”: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the database to back it up: {reason}</source>
        <translation>Cannot read the database to back it up: {reason}</translation>
    </message>
    <message>
        <source>The backup failed its check and was removed: {problem}</source>
        <translation>The backup failed its check and was removed: {problem}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up to a folder</source>
        <translation>Back up to a folder</translation>
    </message>
    <message>
        <source>Copies the whole database into a folder you choose, for instance a USB key kept away from this computer. The copy holds personal data of your staff: encrypt it when it leaves the office.</source>
        <translation>Copies the whole database into a folder you choose, for instance a USB key kept away from this computer. The copy holds personal data of your staff: encrypt it when it leaves the office.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Where to write the backup</source>
        <translation>Where to write the backup</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choose the folder</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a password (AES-256 ZIP)</source>
        <translation>&amp;Encrypt with a password (AES-256 ZIP)</translation>
    </message>
    <message>
        <source>The file then opens with the password in 7-Zip, WinZip or Mentorat</source>
        <translation>The file then opens with the password in 7-Zip, WinZip or Mentorat</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>At least 8 characters; keep it somewhere safe</source>
        <translation>At least 8 characters; keep it somewhere safe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>Type the password again</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Back up</translation>
    </message>
    <message>
        <source>Write the backup into the folder</source>
        <translation>Write the backup into the folder</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Folder for the backup</translation>
    </message>
    <message>
        <source>Choose the folder to back up into.</source>
        <translation>Choose the folder to back up into.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>✔ Backup written: {path}</source>
        <translation>✔ Backup written: {path}</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Run a reverse-mentoring programme. Without a command, opens the app.</source>
        <translation>Run a reverse-mentoring programme. Without a command, opens the app.</translation>
    </message>
    <message>
        <source>PATH_OR_URL</source>
        <translation>PATH_OR_URL</translation>
    </message>
    <message>
        <source>database file or SQLAlchemy URL (default: MENTORAT_DATABASE, else the data folder)</source>
        <translation>database file or SQLAlchemy URL (default: MENTORAT_DATABASE, else the data folder)</translation>
    </message>
    <message>
        <source>language of the interface</source>
        <translation>language of the interface</translation>
    </message>
    <message>
        <source>open the app on a fresh demo database in a temporary folder</source>
        <translation>open the app on a fresh demo database in a temporary folder</translation>
    </message>
    <message>
        <source>check this installation (database, demo data, documents, views) and exit</source>
        <translation>check this installation (database, demo data, documents, views) and exit</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>fill an empty database with demo data</source>
        <translation>fill an empty database with demo data</translation>
    </message>
    <message>
        <source>small (about 40 people) or large (about 3,000, for benchmarks)</source>
        <translation>small (about 40 people) or large (about 3,000, for benchmarks)</translation>
    </message>
    <message>
        <source>random seed (same seed, same data)</source>
        <translation>random seed (same seed, same data)</translation>
    </message>
    <message>
        <source>print the database location, schema and integrity</source>
        <translation>print the database location, schema and integrity</translation>
    </message>
    <message>
        <source>copy all data into another, empty database (SQLite ⇄ PostgreSQL)</source>
        <translation>copy all data into another, empty database (SQLite ⇄ PostgreSQL)</translation>
    </message>
    <message>
        <source>where the data is (default: the current database)</source>
        <translation>where the data is (default: the current database)</translation>
    </message>
    <message>
        <source>the empty database to copy into</source>
        <translation>the empty database to copy into</translation>
    </message>
    <message>
        <source>save every view as a PNG picture</source>
        <translation>save every view as a PNG picture</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>where to save</source>
        <translation>where to save</translation>
    </message>
    <message>
        <source>light or dark palette</source>
        <translation>light or dark palette</translation>
    </message>
    <message>
        <source>size of the main window, in pixels</source>
        <translation>size of the main window, in pixels</translation>
    </message>
    <message>
        <source>“{path}” is a file: name a folder for the pictures.</source>
        <translation>“{path}” is a file: name a folder for the pictures.</translation>
    </message>
    <message>
        <source>Cannot write into “{path}”: {reason}</source>
        <translation>Cannot write into “{path}”: {reason}</translation>
    </message>
    <message>
        <source>Demo data loaded into {location}</source>
        <translation>Demo data loaded into {location}</translation>
    </message>
    <message numerus="yes">
        <source>%n departments</source>
        <translation><numerusform>%n department</numerusform><numerusform>%n departments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skills</source>
        <translation><numerusform>%n skill</numerusform><numerusform>%n skills</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n programmes</source>
        <translation><numerusform>%n programme</numerusform><numerusform>%n programmes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n journals</source>
        <translation><numerusform>%n journal</numerusform><numerusform>%n journals</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n certificates</source>
        <translation><numerusform>%n certificate</numerusform><numerusform>%n certificates</numerusform></translation>
    </message>
    <message>
        <source>“{target}” is neither a file path nor a database URL.</source>
        <translation>“{target}” is neither a file path nor a database URL.</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <source>No database at this place yet: start Mentorat once to create it.</source>
        <translation>No database at this place yet: start Mentorat once to create it.</translation>
    </message>
    <message>
        <source>Schema revision: {revision} (newer than this version of Mentorat)</source>
        <translation>Schema revision: {revision} (newer than this version of Mentorat)</translation>
    </message>
    <message>
        <source>This is not a Mentorat database.</source>
        <translation>This is not a Mentorat database.</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>up to date</translation>
    </message>
    <message>
        <source>empty, created at the next start</source>
        <translation>empty, created at the next start</translation>
    </message>
    <message>
        <source>older, upgraded at the next start to {head}</source>
        <translation>older, upgraded at the next start to {head}</translation>
    </message>
    <message>
        <source>Schema revision: {revision} ({state})</source>
        <translation>Schema revision: {revision} ({state})</translation>
    </message>
    <message>
        <source>Integrity: {report}</source>
        <translation>Integrity: {report}</translation>
    </message>
    <message>
        <source>{percent}% copying {table}</source>
        <translation>{percent}% copying {table}</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identical</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>DIFFERENT</translation>
    </message>
    <message>
        <source>The copy differs from the source: do not use it.</source>
        <translation>The copy differs from the source: do not use it.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows copied from {source} to {destination}, checked.</source>
        <translation><numerusform>%n row copied from {source} to {destination}, checked.</numerusform><numerusform>%n rows copied from {source} to {destination}, checked.</numerusform></translation>
    </message>
    <message>
        <source>save sessions as an iCalendar (.ics) file</source>
        <translation>save sessions as an iCalendar (.ics) file</translation>
    </message>
    <message>
        <source>Save sessions as an .ics file. Without options: every session from today on. Importing the file again updates the same events.</source>
        <translation>Save sessions as an .ics file. Without options: every session from today on. Importing the file again updates the same events.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>only this programme (case and accents ignored)</source>
        <translation>only this programme (case and accents ignored)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>only this pair: all its sessions unless --from is given</source>
        <translation>only this pair: all its sessions unless --from is given</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>sessions from this day on (YYYY-MM-DD; default: today)</source>
        <translation>sessions from this day on (YYYY-MM-DD; default: today)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>the .ics file to write</source>
        <translation>the .ics file to write</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions written to {path}</source>
        <translation><numerusform>%n session written to {path}</numerusform><numerusform>%n sessions written to {path}</numerusform></translation>
    </message>
    <message>
        <source>back up the database (into backups/ or a folder)</source>
        <translation>back up the database (into backups/ or a folder)</translation>
    </message>
    <message>
        <source>a folder of your choice, such as a USB key</source>
        <translation>a folder of your choice, such as a USB key</translation>
    </message>
    <message>
        <source>encrypt the copy (AES-256 ZIP); the password is asked for</source>
        <translation>encrypt the copy (AES-256 ZIP); the password is asked for</translation>
    </message>
    <message>
        <source>replace the database with a backup</source>
        <translation>replace the database with a backup</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>do not ask for confirmation</translation>
    </message>
    <message>
        <source>export or import all data as a ZIP of CSV files</source>
        <translation>export or import all data as a ZIP of CSV files</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>write every table into a ZIP archive</source>
        <translation>write every table into a ZIP archive</translation>
    </message>
    <message>
        <source>load an archive into an empty database</source>
        <translation>load an archive into an empty database</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP archive</translation>
    </message>
    <message>
        <source>include the confidential journal notes (left out by default); the archive is then encrypted with a password, which is asked for</source>
        <translation>include the confidential journal notes (left out by default); the archive is then encrypted with a password, which is asked for</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Again: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>A server database is backed up by its administrator. “mentorat archive export FILE” writes a copy of all the data.</source>
        <translation>A server database is backed up by its administrator. “mentorat archive export FILE” writes a copy of all the data.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Backup written: {path}</translation>
    </message>
    <message>
        <source>Password of the backup: </source>
        <translation>Password of the backup: </translation>
    </message>
    <message>
        <source>Backup taken: {date}</source>
        <translation>Backup taken: {date}</translation>
    </message>
    <message>
        <source>It holds {people}, {pairs}, {sessions}.</source>
        <translation>It holds {people}, {pairs}, {sessions}.</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pairs</source>
        <translation><numerusform>%n pair</numerusform><numerusform>%n pairs</numerusform></translation>
    </message>
    <message>
        <source>It comes from an older version and will be upgraded.</source>
        <translation>It comes from an older version and will be upgraded.</translation>
    </message>
    <message>
        <source>Replace the data in {path} with it? [y/N] </source>
        <translation>Replace the data in {path} with it? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>No answer: nothing was changed (use --yes).</source>
        <translation>No answer: nothing was changed (use --yes).</translation>
    </message>
    <message>
        <source>Restored into {path}.</source>
        <translation>Restored into {path}.</translation>
    </message>
    <message>
        <source>The previous data was kept in {path}</source>
        <translation>The previous data was kept in {path}</translation>
    </message>
    <message>
        <source>The damaged file was kept as {path}</source>
        <translation>The damaged file was kept as {path}</translation>
    </message>
    <message>
        <source>The confidential journal notes were left out (--with-notes includes them, encrypted).</source>
        <translation>The confidential journal notes were left out (--with-notes includes them, encrypted).</translation>
    </message>
    <message>
        <source>Password of the archive: </source>
        <translation>Password of the archive: </translation>
    </message>
    <message numerus="yes">
        <source>%n rows exported to {path} (schema {revision}).</source>
        <translation><numerusform>%n row exported to {path} (schema {revision}).</numerusform><numerusform>%n rows exported to {path} (schema {revision}).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rows imported from {path} (schema {revision}).</source>
        <translation><numerusform>%n row imported from {path} (schema {revision}).</numerusform><numerusform>%n rows imported from {path} (schema {revision}).</numerusform></translation>
    </message>
    <message>
        <source>write a document as PDF (charter, agenda, certificate…)</source>
        <translation>write a document as PDF (charter, agenda, certificate…)</translation>
    </message>
    <message>
        <source>which document</source>
        <translation>which document</translation>
    </message>
    <message>
        <source>programme name or id</source>
        <translation>programme name or id</translation>
    </message>
    <message>
        <source>pair id (charter of a pair)</source>
        <translation>pair id (charter of a pair)</translation>
    </message>
    <message>
        <source>session id (agenda)</source>
        <translation>session id (agenda)</translation>
    </message>
    <message>
        <source>person: name, email or id</source>
        <translation>person: name, email or id</translation>
    </message>
    <message>
        <source>first day (agendas)</source>
        <translation>first day (agendas)</translation>
    </message>
    <message>
        <source>last day (agendas)</source>
        <translation>last day (agendas)</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>REASON</translation>
    </message>
    <message>
        <source>issue a certificate although the criteria are not met, for this reason</source>
        <translation>issue a certificate although the criteria are not met, for this reason</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>the PDF file (a folder for certificates)</source>
        <translation>the PDF file (a folder for certificates)</translation>
    </message>
    <message>
        <source>tell whose certificate a code is</source>
        <translation>tell whose certificate a code is</translation>
    </message>
    <message>
        <source>the code printed on the certificate, or the text its QR code holds</source>
        <translation>the code printed on the certificate, or the text its QR code holds</translation>
    </message>
    <message numerus="yes">
        <source>%n certificates written to {folder}; all of them in {file}</source>
        <translation><numerusform>%n certificate written to {folder}; also in {file}</numerusform><numerusform>%n certificates written to {folder}; all of them in {file}</numerusform></translation>
    </message>
    <message>
        <source>Cannot use “{path}”: {reason}</source>
        <translation>Cannot use “{path}”: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n held sessions</source>
        <translation><numerusform>%n held session</numerusform><numerusform>%n held sessions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation><numerusform>%n session</numerusform><numerusform>%n sessions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message>
        <source>{code}: certificate of {person}, {role}, programme “{programme}”, issued on {date}; {figures}.</source>
        <translation>{code}: certificate of {person}, {role}, programme “{programme}”, issued on {date}; {figures}.</translation>
    </message>
    <message>
        <source>Name the programme with --programme.</source>
        <translation>Name the programme with --programme.</translation>
    </message>
    <message>
        <source>{title} written to {path}</source>
        <translation>{title} written to {path}</translation>
    </message>
    <message>
        <source>✔ {name}: certificate ({held})</source>
        <translation>✔ {name}: certificate ({held})</translation>
    </message>
    <message>
        <source>✔ {name}: certificate by override ({missing})</source>
        <translation>✔ {name}: certificate by override ({missing})</translation>
    </message>
    <message>
        <source>✘ {name}: no certificate, missing: {missing}</source>
        <translation>✘ {name}: no certificate, missing: {missing}</translation>
    </message>
    <message>
        <source>No certificate has the code {code}.</source>
        <translation>No certificate has the code {code}.</translation>
    </message>
    <message>
        <source>Issued by override: {reason}</source>
        <translation>Issued by override: {reason}</translation>
    </message>
    <message>
        <source>propose the best pairs for a programme, with scores and reasons</source>
        <translation>propose the best pairs for a programme, with scores and reasons</translation>
    </message>
    <message>
        <source>the programme's name (case and accents ignored)</source>
        <translation>the programme's name (case and accents ignored)</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>print JSON instead of text</translation>
    </message>
    <message>
        <source>create the proposed pairs</source>
        <translation>create the proposed pairs</translation>
    </message>
    <message>
        <source>match as many people as possible, then by score</source>
        <translation>match as many people as possible, then by score</translation>
    </message>
    <message>
        <source>No programme named “{name}”.</source>
        <translation>No programme named “{name}”.</translation>
    </message>
    <message numerus="yes">
        <source>{programme}: %n pairs proposed, total score {total}</source>
        <translation><numerusform>{programme}: %n pair proposed, total score {total}</numerusform><numerusform>{programme}: %n pairs proposed, total score {total}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pairs created.</source>
        <translation><numerusform>%n pair created.</numerusform><numerusform>%n pairs created.</numerusform></translation>
    </message>
    <message>
        <source>Left without a pair:</source>
        <translation>Left without a pair:</translation>
    </message>
    <message>
        <source>import people from a CSV or XLSX file (all rows or none)</source>
        <translation>import people from a CSV or XLSX file (all rows or none)</translation>
    </message>
    <message>
        <source>the CSV or XLSX file</source>
        <translation>the CSV or XLSX file</translation>
    </message>
    <message>
        <source>check the file and print what would happen, without writing</source>
        <translation>check the file and print what would happen, without writing</translation>
    </message>
    <message>
        <source>update people already there (same email, else same name)</source>
        <translation>update people already there (same email, else same name)</translation>
    </message>
    <message>
        <source>leave people already there unchanged (the default)</source>
        <translation>leave people already there unchanged (the default)</translation>
    </message>
    <message>
        <source>import the valid rows even when some rows are rejected</source>
        <translation>import the valid rows even when some rows are rejected</translation>
    </message>
    <message>
        <source>the sheet to read in a workbook with several sheets</source>
        <translation>the sheet to read in a workbook with several sheets</translation>
    </message>
    <message>
        <source>save the staff list and skills matrix (XLSX or CSV)</source>
        <translation>save the staff list and skills matrix (XLSX or CSV)</translation>
    </message>
    <message>
        <source>a .xlsx or .csv file to write</source>
        <translation>a .xlsx or .csv file to write</translation>
    </message>
    <message>
        <source>with a .csv file, write the skills matrix instead of the staff list</source>
        <translation>with a .csv file, write the skills matrix instead of the staff list</translation>
    </message>
    <message>
        <source>fillable PDF forms: write them out, import them back</source>
        <translation>fillable PDF forms: write them out, import them back</translation>
    </message>
    <message>
        <source>write one form per participant (per side for feedback)</source>
        <translation>write one form per participant (per side for feedback)</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>the programme (case and accents ignored)</source>
        <translation>the programme (case and accents ignored)</translation>
    </message>
    <message>
        <source>the session a feedback form is about</source>
        <translation>the session a feedback form is about</translation>
    </message>
    <message>
        <source>the folder to write the forms into</source>
        <translation>the folder to write the forms into</translation>
    </message>
    <message>
        <source>import returned forms (files or folders of PDFs)</source>
        <translation>import returned forms (files or folders of PDFs)</translation>
    </message>
    <message>
        <source>FILE_OR_FOLDER</source>
        <translation>FILE_OR_FOLDER</translation>
    </message>
    <message>
        <source>returned PDF forms, or folders holding them</source>
        <translation>returned PDF forms, or folders holding them</translation>
    </message>
    <message>
        <source>show what would change, change nothing</source>
        <translation>show what would change, change nothing</translation>
    </message>
    <message numerus="yes">
        <source>%n forms written to {folder}</source>
        <translation><numerusform>%n form written to {folder}</numerusform><numerusform>%n forms written to {folder}</numerusform></translation>
    </message>
    <message>
        <source>No file at {path}.</source>
        <translation>No file at {path}.</translation>
    </message>
    <message>
        <source>No PDF file in {path}.</source>
        <translation>No PDF file in {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n forms refused: nothing was imported.</source>
        <translation><numerusform>%n form refused: nothing was imported.</numerusform><numerusform>%n forms refused: nothing was imported.</numerusform></translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>Dry run: nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>%n forms imported.</source>
        <translation><numerusform>%n form imported.</numerusform><numerusform>%n forms imported.</numerusform></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>{file}: refused: {problem}</source>
        <translation>{file}: refused: {problem}</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nothing new</translation>
    </message>
    <message>
        <source>Cannot read {path}: permission denied.</source>
        <translation>Cannot read {path}: permission denied.</translation>
    </message>
    <message>
        <source>Name it with --sheet NAME.</source>
        <translation>Name it with --sheet NAME.</translation>
    </message>
    <message>
        <source>line {line}: rejected: {reason}</source>
        <translation>line {line}: rejected: {reason}</translation>
    </message>
    <message>
        <source>line {line}: skipped: {reason}</source>
        <translation>line {line}: skipped: {reason}</translation>
    </message>
    <message>
        <source>line {line}: note: {reason}</source>
        <translation>line {line}: note: {reason}</translation>
    </message>
    <message>
        <source>{created}, {updated}, {skipped}, {rejected}.</source>
        <translation>{created}, {updated}, {skipped}, {rejected}.</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation><numerusform>%n created</numerusform><numerusform>%n created</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation><numerusform>%n updated</numerusform><numerusform>%n updated</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation><numerusform>%n skipped</numerusform><numerusform>%n skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation><numerusform>%n rejected</numerusform><numerusform>%n rejected</numerusform></translation>
    </message>
    <message>
        <source>Would create {created}, update {updated} and skip {skipped}; {rejected}.</source>
        <translation>Would create {created}, update {updated} and skip {skipped}; {rejected}.</translation>
    </message>
    <message>
        <source>New departments: {names}</source>
        <translation>New departments: {names}</translation>
    </message>
    <message>
        <source>New skills: {names}</source>
        <translation>New skills: {names}</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Nothing was written: fix the rejected rows, or use --skip-invalid to import the others.</source>
        <translation>Nothing was written: fix the rejected rows, or use --skip-invalid to import the others.</translation>
    </message>
    <message>
        <source>Name a .xlsx or .csv file.</source>
        <translation>Name a .xlsx or .csv file.</translation>
    </message>
    <message>
        <source>{people} and {skills} written to {path}</source>
        <translation>{people} and {skills} written to {path}</translation>
    </message>
    <message>
        <source>“{text}” is not a record number (a whole number such as 12).</source>
        <translation>“{text}” is not a record number (a whole number such as 12).</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number such as 3.</source>
        <translation>“{text}” is not a whole number such as 3.</translation>
    </message>
    <message>
        <source>“{text}” is not a date like 2026-03-17.</source>
        <translation>“{text}” is not a date like 2026-03-17.</translation>
    </message>
    <message>
        <source>{day} is out of range: give a day between {first} and {last}.</source>
        <translation>{day} is out of range: give a day between {first} and {last}.</translation>
    </message>
    <message numerus="yes">
        <source>“{text}” is too long or holds control characters (at most %n characters).</source>
        <translation><numerusform>“{text}” is too long or holds control characters (at most %n character).</numerusform><numerusform>“{text}” is too long or holds control characters (at most %n characters).</numerusform></translation>
    </message>
    <message>
        <source>“{text}” is not a usable path (empty, a NUL character, or a name past 255 characters).</source>
        <translation>“{text}” is not a usable path (empty, a NUL character, or a name past 255 characters).</translation>
    </message>
    <message>
        <source>“{text}” is not a database URL (such as {example}).</source>
        <translation>“{text}” is not a database URL (such as {example}).</translation>
    </message>
    <message>
        <source>The port {port} does not exist: ports go from 1 to 65535.</source>
        <translation>The port {port} does not exist: ports go from 1 to 65535.</translation>
    </message>
    <message>
        <source>Mentorat is working on this database on this computer and still was after {seconds} seconds: close the app (or wait for the other command), then try again.</source>
        <translation>Mentorat is working on this database on this computer and still was after {seconds} seconds: close the app (or wait for the other command), then try again.</translation>
    </message>
    <message>
        <source>Mentorat is open on this database on the computer “{computer}”: close it there, then try again.</source>
        <translation>Mentorat is open on this database on the computer “{computer}”: close it there, then try again.</translation>
    </message>
    <message>
        <source>The changes are saved, but the backup failed: {reason}</source>
        <translation>The changes are saved, but the backup failed: {reason}</translation>
    </message>
    <message>
        <source>send the participants their invitations, forms or certificates</source>
        <translation>send the participants their invitations, forms or certificates</translation>
    </message>
    <message>
        <source>Prepare the messages of a programme and send them through the mail server of the app's Settings › Email (--send), or write them as drafts your mail program opens (--drafts). A message already sent is not sent again.</source>
        <translation>Prepare the messages of a programme and send them through the mail server of the app's Settings › Email (--send), or write them as drafts your mail program opens (--drafts). A message already sent is not sent again.</translation>
    </message>
    <message>
        <source>invitations, welcome, feedback, end or certificates</source>
        <translation>invitations, welcome, feedback, end or certificates</translation>
    </message>
    <message>
        <source>the programme (its name, case and accents ignored, or its number)</source>
        <translation>the programme (its name, case and accents ignored, or its number)</translation>
    </message>
    <message>
        <source>only this session (may be given more than once)</source>
        <translation>only this session (may be given more than once)</translation>
    </message>
    <message>
        <source>also send again what was already sent</source>
        <translation>also send again what was already sent</translation>
    </message>
    <message>
        <source>write .eml drafts into this folder</source>
        <translation>write .eml drafts into this folder</translation>
    </message>
    <message>
        <source>send through the mail server of Settings › Email</source>
        <translation>send through the mail server of Settings › Email</translation>
    </message>
    <message>
        <source>No mail server is set: enter it in the app's Settings › Email, or use --drafts FOLDER.</source>
        <translation>No mail server is set: enter it in the app's Settings › Email, or use --drafts FOLDER.</translation>
    </message>
    <message>
        <source>“{path}” is a file: give a folder for the drafts.</source>
        <translation>“{path}” is a file: give a folder for the drafts.</translation>
    </message>
    <message>
        <source>No email address, nothing sent: {name}</source>
        <translation>No email address, nothing sent: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n messages already sent and unchanged: not sent again</source>
        <translation><numerusform>%n messages already sent and unchanged: not sent again</numerusform><numerusform>%n messages already sent and unchanged: not sent again</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n drafts written to {folder}</source>
        <translation><numerusform>%n drafts written to {folder}</numerusform><numerusform>%n drafts written to {folder}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n messages sent</source>
        <translation><numerusform>%n messages sent</numerusform><numerusform>%n messages sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n messages failed; they stay in the outbox for a retry.</source>
        <translation><numerusform>%n messages failed; they stay in the outbox for a retry.</numerusform><numerusform>%n messages failed; they stay in the outbox for a retry.</numerusform></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>No programme is named “{name}”.</source>
        <translation>No programme is named “{name}”.</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <source>{time} {topic} ({minutes} min)</source>
        <translation>{time} {topic} ({minutes} min)</translation>
    </message>
    <message>
        <source>To prepare: {notes}</source>
        <translation>To prepare: {notes}</translation>
    </message>
    <message>
        <source>Mentoring: {mentor} and {mentee}</source>
        <translation>Mentoring: {mentor} and {mentee}</translation>
    </message>
    <message>
        <source>Cancelled: {title}</source>
        <translation>Cancelled: {title}</translation>
    </message>
    <message>
        <source>Mentoring sessions</source>
        <translation>Mentoring sessions</translation>
    </message>
    <message>
        <source>Cannot write “{path}”: {reason}</source>
        <translation>Cannot write “{path}”: {reason}</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>as a mentor, sharing their knowledge</source>
        <translation>as a mentor, sharing their knowledge</translation>
    </message>
    <message>
        <source>as a mentee, learning from a colleague</source>
        <translation>as a mentee, learning from a colleague</translation>
    </message>
    <message>
        <source>both as a mentor and as a mentee, in a reciprocal pair</source>
        <translation>both as a mentor and as a mentee, in a reciprocal pair</translation>
    </message>
    <message>
        <source>Certificate of participation</source>
        <translation>Certificate of participation</translation>
    </message>
    <message>
        <source>Reverse-mentoring programme “{programme}”</source>
        <translation>Reverse-mentoring programme “{programme}”</translation>
    </message>
    <message>
        <source>We certify that</source>
        <translation>We certify that</translation>
    </message>
    <message>
        <source>took part in the programme “{programme}” from {start} to {end}, {role}.</source>
        <translation>took part in the programme “{programme}” from {start} to {end}, {role}.</translation>
    </message>
    <message>
        <source>sessions held</source>
        <translation>sessions held</translation>
    </message>
    <message>
        <source>of mentoring</source>
        <translation>of mentoring</translation>
    </message>
    <message>
        <source>Skills passed on</source>
        <translation>Skills passed on</translation>
    </message>
    <message>
        <source>Skills learned</source>
        <translation>Skills learned</translation>
    </message>
    <message>
        <source>Issued in {place} on {date}</source>
        <translation>Issued in {place} on {date}</translation>
    </message>
    <message>
        <source>Issued on {date}</source>
        <translation>Issued on {date}</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>Certificate — {name}</source>
        <translation>Certificate — {name}</translation>
    </message>
    <message>
        <source>Certificates — {programme}</source>
        <translation>Certificates — {programme}</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>This person no longer exists.</source>
        <translation>This person no longer exists.</translation>
    </message>
    <message>
        <source>not in any pair of this programme</source>
        <translation>not in any pair of this programme</translation>
    </message>
    <message numerus="yes">
        <source>%n held sessions of the {needed} required</source>
        <translation><numerusform>%n held session of the {needed} required</numerusform><numerusform>%n held sessions of the {needed} required</numerusform></translation>
    </message>
    <message>
        <source>end assessment not recorded</source>
        <translation>end assessment not recorded</translation>
    </message>
    <message>
        <source>{name} has not met the criteria ({reason}). Give a reason to issue the certificate anyway.</source>
        <translation>{name} has not met the criteria ({reason}). Give a reason to issue the certificate anyway.</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentee</translation>
    </message>
    <message>
        <source>mentor and mentee</source>
        <translation>mentor and mentee</translation>
    </message>
    <message>
        <source>This certificate no longer exists.</source>
        <translation>This certificate no longer exists.</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <source>Write the certificates</source>
        <translation>Write the certificates</translation>
    </message>
    <message numerus="yes">
        <source>%n participants will get a certificate.</source>
        <translation><numerusform>%n participant will get a certificate.</numerusform>
            <numerusform>%n participants will get a certificate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will not, unless you give a reason:</source>
        <translation><numerusform>%n will not, unless you give a reason:</numerusform>
            <numerusform>%n will not, unless you give a reason:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ certificate: %n held sessions</source>
        <translation><numerusform>✔ certificate: %n held session</numerusform>
            <numerusform>✔ certificate: %n held sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ missing: {what}</source>
        <translation>✘ missing: {what}</translation>
    </message>
    <message>
        <source>Reason to issue it anyway (optional)</source>
        <translation>Reason to issue it anyway (optional)</translation>
    </message>
    <message>
        <source>Recorded on the certificate as an override</source>
        <translation>Recorded on the certificate as an override</translation>
    </message>
    <message>
        <source>Reason to issue the certificate of {name}</source>
        <translation>Reason to issue the certificate of {name}</translation>
    </message>
    <message>
        <source>Choose the folder and write…</source>
        <translation>Choose the folder and write…</translation>
    </message>
    <message>
        <source>Nobody gets a certificate yet: give a reason for one participant at least.</source>
        <translation>Nobody gets a certificate yet: give a reason for one participant at least.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Show as a table</source>
        <translation>Show as a table</translation>
    </message>
    <message>
        <source>The same numbers as a table, for reading or copying</source>
        <translation>The same numbers as a table, for reading or copying</translation>
    </message>
    <message>
        <source>Show as a chart</source>
        <translation>Show as a chart</translation>
    </message>
</context>
<context>
    <name>Charter</name>
    <message>
        <source>Confidentiality: what is said in a session stays between the two of you.</source>
        <translation>Confidentiality: what is said in a session stays between the two of you.</translation>
    </message>
    <message>
        <source>Kindness: no question is silly, no habit is old-fashioned; listen first.</source>
        <translation>Kindness: no question is silly, no habit is old-fashioned; listen first.</translation>
    </message>
    <message>
        <source>Preparation: come with a question, an example or a task to work on.</source>
        <translation>Preparation: come with a question, an example or a task to work on.</translation>
    </message>
    <message>
        <source>Rhythm: keep the dates; move a session rather than cancel it.</source>
        <translation>Rhythm: keep the dates; move a session rather than cancel it.</translation>
    </message>
    <message>
        <source>Duration: commit for the whole programme, including the closing review.</source>
        <translation>Duration: commit for the whole programme, including the closing review.</translation>
    </message>
    <message>
        <source>Teach by doing together, at the other's pace, on their real work.</source>
        <translation>Teach by doing together, at the other's pace, on their real work.</translation>
    </message>
    <message>
        <source>You are a teacher, not the IT hotline: sessions are for learning, not for fixing the other's computer.</source>
        <translation>You are a teacher, not the IT hotline: sessions are for learning, not for fixing the other's computer.</translation>
    </message>
    <message>
        <source>Share the know-how of your trade, your network and your experience.</source>
        <translation>Share the know-how of your trade, your network and your experience.</translation>
    </message>
    <message>
        <source>Try things between sessions: that is where learning happens.</source>
        <translation>Try things between sessions: that is where learning happens.</translation>
    </message>
    <message>
        <source>Our commitments</source>
        <translation>Our commitments</translation>
    </message>
    <message>
        <source>Both of us</source>
        <translation>Both of us</translation>
    </message>
    <message>
        <source>The mentor</source>
        <translation>The mentor</translation>
    </message>
    <message>
        <source>The mentee</source>
        <translation>The mentee</translation>
    </message>
    <message>
        <source>No reporting line inside a pair: a manager and their own direct report are never paired, so that both can speak freely.</source>
        <translation>No reporting line inside a pair: a manager and their own direct report are never paired, so that both can speak freely.</translation>
    </message>
    <message numerus="yes">
        <source>One session every %n weeks, of {minutes} minutes.</source>
        <translation><numerusform>One session every week, of {minutes} minutes.</numerusform><numerusform>One session every %n weeks, of {minutes} minutes.</numerusform></translation>
    </message>
    <message>
        <source>In a reciprocal pair, the time is shared between the two directions.</source>
        <translation>In a reciprocal pair, the time is shared between the two directions.</translation>
    </message>
    <message>
        <source>From {start} to {end}.</source>
        <translation>From {start} to {end}.</translation>
    </message>
    <message>
        <source>Cancelling: warn the other at least two working days before, and set a new date within two weeks.</source>
        <translation>Cancelling: warn the other at least two working days before, and set a new date within two weeks.</translation>
    </message>
    <message>
        <source>A mid-point review with the coordinator checks that the pair works.</source>
        <translation>A mid-point review with the coordinator checks that the pair works.</translation>
    </message>
    <message>
        <source>Practicalities</source>
        <translation>Practicalities</translation>
    </message>
    <message>
        <source>the programme coordinator</source>
        <translation>the programme coordinator</translation>
    </message>
    <message>
        <source>What the coordinator sees</source>
        <translation>What the coordinator sees</translation>
    </message>
    <message>
        <source>The coordinator sees attendance, hours and the ratings of each session, to follow the programme. The notes you write are not shared: they stay yours.</source>
        <translation>The coordinator sees attendance, hours and the ratings of each session, to follow the programme. The notes you write are not shared: they stay yours.</translation>
    </message>
    <message>
        <source>A way out, without fault</source>
        <translation>A way out, without fault</translation>
    </message>
    <message>
        <source>A pair that does not work is nobody's fault. Either of you may end it at any time by telling {contact}, who will look for another match.</source>
        <translation>A pair that does not work is nobody's fault. Either of you may end it at any time by telling {contact}, who will look for another match.</translation>
    </message>
    <message>
        <source>Your personal data</source>
        <translation>Your personal data</translation>
    </message>
    <message numerus="yes">
        <source>The company records your name, department, skills, sessions and ratings only to run this programme and issue your certificate. They are kept %n months after the programme, then anonymised. You may see, correct or have them erased by asking {contact}.</source>
        <translation><numerusform>The company records your name, department, skills, sessions and ratings only to run this programme and issue your certificate. They are kept %n month after the programme, then anonymised. You may see, correct or have them erased by asking {contact}.</numerusform><numerusform>The company records your name, department, skills, sessions and ratings only to run this programme and issue your certificate. They are kept %n months after the programme, then anonymised. You may see, correct or have them erased by asking {contact}.</numerusform></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>{name} teaches</source>
        <translation>{name} teaches</translation>
    </message>
    <message>
        <source>Our pair</source>
        <translation>Our pair</translation>
    </message>
    <message>
        <source>Our goals</source>
        <translation>Our goals</translation>
    </message>
    <message>
        <source>For the company</source>
        <translation>For the company</translation>
    </message>
    <message>
        <source>Date and signature</source>
        <translation>Date and signature</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Reverse-mentoring charter</source>
        <translation>Reverse-mentoring charter</translation>
    </message>
    <message>
        <source>What reverse mentoring is</source>
        <translation>What reverse mentoring is</translation>
    </message>
    <message>
        <source>In reverse mentoring, a colleague who masters a skill — often a younger one, at ease with digital tools — teaches it to a more experienced colleague, who gives back their know-how of the trade, the clients and the company. Both learn; neither is the other's boss.</source>
        <translation>In reverse mentoring, a colleague who masters a skill — often a younger one, at ease with digital tools — teaches it to a more experienced colleague, who gives back their know-how of the trade, the clients and the company. Both learn; neither is the other's boss.</translation>
    </message>
    <message>
        <source>Objectives of the programme</source>
        <translation>Objectives of the programme</translation>
    </message>
    <message>
        <source>Rules of this programme</source>
        <translation>Rules of this programme</translation>
    </message>
    <message>
        <source>Charter — {programme}</source>
        <translation>Charter — {programme}</translation>
    </message>
</context>
<context>
    <name>ChosenSkillsModel</name>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
</context>
<context>
    <name>CloseProgrammeDialog</name>
    <message>
        <source>Close the programme</source>
        <translation>Close the programme</translation>
    </message>
    <message>
        <source>End-of-programme assessment: the level each learner reached in the skills worked on. It shows the progress in the programme report.</source>
        <translation>End-of-programme assessment: the level each learner reached in the skills worked on. It shows the progress in the programme report.</translation>
    </message>
    <message>
        <source>End-of-programme assessment</source>
        <translation>End-of-programme assessment</translation>
    </message>
    <message numerus="yes">
        <source>The end questionnaires were sent (%n messages): the levels they bring back are recorded when you import them.</source>
        <translation><numerusform>The end questionnaires were sent (%n messages): the levels they bring back are recorded when you import them.</numerusform>
            <numerusform>The end questionnaires were sent (%n messages): the levels they bring back are recorded when you import them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The end questionnaires have not been sent: each participant can give their own levels in one. Send them first and close the programme once they are back, or record the levels here.</source>
        <translation>The end questionnaires have not been sent: each participant can give their own levels in one. Send them first and close the programme once they are back, or record the levels here.</translation>
    </message>
    <message>
        <source>Record &amp;no level now: the returned end questionnaires give them</source>
        <translation>Record &amp;no level now: the returned end questionnaires give them</translation>
    </message>
    <message>
        <source>A level recorded here and another in a returned questionnaire conflict</source>
        <translation>A level recorded here and another in a returned questionnaire conflict</translation>
    </message>
    <message>
        <source>Send the end &amp;questionnaires first…</source>
        <translation>Send the end &amp;questionnaires first…</translation>
    </message>
    <message>
        <source>Leaves the programme running and opens Email › Send the end-of-programme questionnaire</source>
        <translation>Leaves the programme running and opens Email › Send the end-of-programme questionnaire</translation>
    </message>
    <message>
        <source>Pairs still going</source>
        <translation>Pairs still going</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs are still going: %1</source>
        <translation><numerusform>%n pair is still going: %1</numerusform>
            <numerusform>%n pairs are still going: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>How the pairs end; a pair that never started is stopped</source>
        <translation>How the pairs end; a pair that never started is stopped</translation>
    </message>
    <message>
        <source>&amp;End them as:</source>
        <translation>&amp;End them as:</translation>
    </message>
    <message>
        <source>The day the pairs end; their sessions still to come are cancelled</source>
        <translation>The day the pairs end; their sessions still to come are cancelled</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>Needed when they stop</source>
        <translation>Needed when they stop</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Show what was saved meanwhile; the changes refused here are dropped</source>
        <translation>Show what was saved meanwhile; the changes refused here are dropped</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>Match rate</source>
        <translation>Match rate</translation>
    </message>
    <message>
        <source>Active pairs</source>
        <translation>Active pairs</translation>
    </message>
    <message>
        <source>Sessions this month</source>
        <translation>Sessions this month</translation>
    </message>
    <message>
        <source>Hours of mentoring</source>
        <translation>Hours of mentoring</translation>
    </message>
    <message>
        <source>Session completion</source>
        <translation>Session completion</translation>
    </message>
    <message>
        <source>Pairs completed / stopped</source>
        <translation>Pairs completed / stopped</translation>
    </message>
    <message>
        <source>Ratings (mentors / mentees)</source>
        <translation>Ratings (mentors / mentees)</translation>
    </message>
    <message numerus="yes">
        <source>%n of {participants} participants are in an active pair</source>
        <translation><numerusform>%n of {participants} participants is in an active pair</numerusform><numerusform>%n of {participants} participants are in an active pair</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{share} met in the last 30 days (%n pairs)</source>
        <translation><numerusform>{share} met in the last 30 days (%n pair)</numerusform><numerusform>{share} met in the last 30 days (%n pairs)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>held this month; %n more planned</source>
        <translation><numerusform>held this month; %n more planned</numerusform><numerusform>held this month; %n more planned</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n held sessions</source>
        <translation><numerusform>in %n held session</numerusform><numerusform>in %n held sessions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{held} of %n planned to date</source>
        <translation><numerusform>{held} of %n planned to date</numerusform><numerusform>{held} of %n planned to date</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation><numerusform>%n held</numerusform><numerusform>%n held</numerusform></translation>
    </message>
    <message>
        <source>{completed}, {stopped}</source>
        <translation>{completed}, {stopped}</translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation><numerusform>%n completed</numerusform><numerusform>%n completed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n stopped early</source>
        <translation><numerusform>%n stopped early</numerusform><numerusform>%n stopped early</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>average out of 5, over %n rated journals</source>
        <translation><numerusform>average out of 5, over %n rated journal</numerusform><numerusform>average out of 5, over %n rated journals</numerusform></translation>
    </message>
    <message>
        <source>Pairing fit (good / unsure / not)</source>
        <translation>Pairing fit (good / unsure / not)</translation>
    </message>
    <message>
        <source>{good}, {unsure}, {bad}</source>
        <translation>{good}, {unsure}, {bad}</translation>
    </message>
    <message numerus="yes">
        <source>%n good fit</source>
        <translation><numerusform>%n good fit</numerusform><numerusform>%n good fit</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unsure</source>
        <translation><numerusform>%n unsure</numerusform><numerusform>%n unsure</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not a fit</source>
        <translation><numerusform>%n not a fit</numerusform><numerusform>%n not a fit</numerusform></translation>
    </message>
    <message>
        <source>Journals to write</source>
        <translation>Journals to write</translation>
    </message>
    <message numerus="yes">
        <source>of which %n overdue (over a week)</source>
        <translation><numerusform>of which %n overdue (over a week)</numerusform><numerusform>of which %n overdue (over a week)</numerusform></translation>
    </message>
    <message>
        <source>Stalled: {text}</source>
        <translation>Stalled: {text}</translation>
    </message>
    <message numerus="yes">
        <source>{mentor} and {mentee}: no session held in the %n days since the start ({rhythm})</source>
        <translation><numerusform>{mentor} and {mentee}: no session held in the %n day since the start ({rhythm})</numerusform><numerusform>{mentor} and {mentee}: no session held in the %n days since the start ({rhythm})</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{mentor} and {mentee}: no session for %n days ({rhythm})</source>
        <translation><numerusform>{mentor} and {mentee}: no session for %n day ({rhythm})</numerusform><numerusform>{mentor} and {mentee}: no session for %n days ({rhythm})</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>one every %n weeks planned</source>
        <translation><numerusform>one a week planned</numerusform><numerusform>one every %n weeks planned</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more pairs without a recent session</source>
        <translation><numerusform>… and %n more pair without a recent session</numerusform><numerusform>… and %n more pairs without a recent session</numerusform></translation>
    </message>
    <message>
        <source>both</source>
        <translation>both</translation>
    </message>
    <message>
        <source>the mentor</source>
        <translation>the mentor</translation>
    </message>
    <message>
        <source>the mentee</source>
        <translation>the mentee</translation>
    </message>
    <message>
        <source>{mentor} and {mentee}: “not a fit”, said by {who}. Talk to them.</source>
        <translation>{mentor} and {mentee}: “not a fit”, said by {who}. Talk to them.</translation>
    </message>
    <message>
        <source>Journal overdue: {mentor} and {mentee}, session of {day}</source>
        <translation>Journal overdue: {mentor} and {mentee}, session of {day}</translation>
    </message>
    <message>
        <source>Journal to write: {mentor} and {mentee}, session of {day}</source>
        <translation>Journal to write: {mentor} and {mentee}, session of {day}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more sessions to journal</source>
        <translation><numerusform>… and %n more session to journal</numerusform><numerusform>… and %n more sessions to journal</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more overdue actions</source>
        <translation><numerusform>… and %n more overdue action</numerusform><numerusform>… and %n more overdue actions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“{programme}”: %n certificates to issue</source>
        <translation><numerusform>“{programme}”: %n certificate to issue</numerusform><numerusform>“{programme}”: %n certificates to issue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“{programme}”: end assessment to record for %n people</source>
        <translation><numerusform>“{programme}”: end assessment to record for %n person</numerusform><numerusform>“{programme}”: end assessment to record for %n people</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n people want to learn “{skill}”, which nobody in a running programme teaches</source>
        <translation><numerusform>%n person wants to learn “{skill}”, which nobody in a running programme teaches</numerusform><numerusform>%n people want to learn “{skill}”, which nobody in a running programme teaches</numerusform></translation>
    </message>
    <message>
        <source>Action due on {day}, still open: “{action}” ({mentor} and {mentee})</source>
        <translation>Action due on {day}, still open: “{action}” ({mentor} and {mentee})</translation>
    </message>
    <message>
        <source>“{programme}” ended on {day}: close it</source>
        <translation>“{programme}” ended on {day}: close it</translation>
    </message>
    <message>
        <source>“{programme}” ends on {day}</source>
        <translation>“{programme}” ends on {day}</translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>Sessions per month</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>By mentors</source>
        <translation>By mentors</translation>
    </message>
    <message>
        <source>By mentees</source>
        <translation>By mentees</translation>
    </message>
    <message>
        <source>Journals</source>
        <translation>Journals</translation>
    </message>
    <message>
        <source>Skill progress</source>
        <translation>Skill progress</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Start level</source>
        <translation>Start level</translation>
    </message>
    <message>
        <source>End level</source>
        <translation>End level</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>Sessions per month</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Skill progress</source>
        <translation>Skill progress</translation>
    </message>
    <message numerus="yes">
        <source>To do (%n)</source>
        <translation><numerusform>To do (%n)</numerusform>
            <numerusform>To do (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a line, or press Enter, to go where it is done.</source>
        <translation>Click a line, or press Enter, to go where it is done.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>The programme whose figures are shown</source>
        <translation>The programme whose figures are shown</translation>
    </message>
    <message>
        <source>Assessments…</source>
        <translation>Assessments…</translation>
    </message>
    <message>
        <source>Record the participants' levels at the start or the end of the programme</source>
        <translation>Record the participants' levels at the start or the end of the programme</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The figures, the to-do list and the charts, for a slide</source>
        <translation>The figures, the to-do list and the charts, for a slide</translation>
    </message>
    <message>
        <source>Figures and to-do list as Excel (.xlsx)…</source>
        <translation>Figures and to-do list as Excel (.xlsx)…</translation>
    </message>
    <message>
        <source>Figures and to-do list as CSV…</source>
        <translation>Figures and to-do list as CSV…</translation>
    </message>
    <message>
        <source>Charts as PNG images…</source>
        <translation>Charts as PNG images…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>Fill this empty database with a fictitious company</source>
        <translation>Fill this empty database with a fictitious company</translation>
    </message>
    <message>
        <source>Set up the organisation…</source>
        <translation>Set up the organisation…</translation>
    </message>
    <message>
        <source>Company name, address, logo, signatory, language</source>
        <translation>Company name, address, logo, signatory, language</translation>
    </message>
    <message>
        <source>Go to Pairs</source>
        <translation>Go to Pairs</translation>
    </message>
    <message>
        <source>Create a programme and form its pairs</source>
        <translation>Create a programme and form its pairs</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>All running programmes</source>
        <translation>All running programmes</translation>
    </message>
    <message>
        <source>Nothing here yet. Try the app with a fictitious company's data, or set up your organisation and start adding your staff.</source>
        <translation>Nothing here yet. Try the app with a fictitious company's data, or set up your organisation and start adding your staff.</translation>
    </message>
    <message>
        <source>No programme is running. Create a programme in “Pairs”, choose its participants and form the pairs; its figures and to-do list show here.</source>
        <translation>No programme is running. Create a programme in “Pairs”, choose its participants and form the pairs; its figures and to-do list show here.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Export the dashboard</translation>
    </message>
    <message>
        <source>Cannot write “{path}”: {reason}</source>
        <translation>Cannot write “{path}”: {reason}</translation>
    </message>
    <message>
        <source>Folder for the chart images</source>
        <translation>Folder for the chart images</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Copy the database into its backups folder</source>
        <translation>Copy the database into its backups folder</translation>
    </message>
    <message>
        <source>Back up to a &amp;folder…</source>
        <translation>Back up to a &amp;folder…</translation>
    </message>
    <message>
        <source>A copy on a USB key, optionally encrypted</source>
        <translation>A copy on a USB key, optionally encrypted</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>&amp;Export everything…</source>
        <translation>&amp;Export everything…</translation>
    </message>
    <message>
        <source>One ZIP file with every table as CSV, to archive or move the data</source>
        <translation>One ZIP file with every table as CSV, to archive or move the data</translation>
    </message>
    <message>
        <source>&amp;Personal data…</source>
        <translation>&amp;Personal data…</translation>
    </message>
    <message>
        <source>Export a person's data, or anonymise someone who left</source>
        <translation>Export a person's data, or anonymise someone who left</translation>
    </message>
    <message>
        <source>Backup failed: {reason}</source>
        <translation>Backup failed: {reason}</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>The backup is restored. The previous data was kept in {path}.</source>
        <translation>The backup is restored. The previous data was kept in {path}.</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Export everything</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIP archive (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>%n rows exported to {path}</source>
        <translation><numerusform>%n row exported to {path}</numerusform>
            <numerusform>%n rows exported to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Changed by someone else meanwhile: reload and try again.</source>
        <translation>Changed by someone else meanwhile: reload and try again.</translation>
    </message>
    <message>
        <source>“{target}” is neither a file path nor a database URL.</source>
        <translation>“{target}” is neither a file path nor a database URL.</translation>
    </message>
    <message>
        <source>Cannot use the database “{target}”: {reason}</source>
        <translation>Cannot use the database “{target}”: {reason}</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Mentorat (schema {revision}). Install the latest version to open it; the file was left untouched.</source>
        <translation>This database was written by a newer version of Mentorat (schema {revision}). Install the latest version to open it; the file was left untouched.</translation>
    </message>
    <message>
        <source>“{target}” is a database, but not a Mentorat one; it was left untouched.</source>
        <translation>“{target}” is a database, but not a Mentorat one; it was left untouched.</translation>
    </message>
    <message>
        <source>“{target}” does not have the schema Mentorat builds ({problems}); it was left untouched.</source>
        <translation>“{target}” does not have the schema Mentorat builds ({problems}); it was left untouched.</translation>
    </message>
    <message>
        <source>Cannot create the folder “{folder}”: {reason}</source>
        <translation>Cannot create the folder “{folder}”: {reason}</translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a database file.</source>
        <translation>“{path}” is a folder, not a database file.</translation>
    </message>
    <message>
        <source>There is no database at “{path}”.</source>
        <translation>There is no database at “{path}”.</translation>
    </message>
    <message>
        <source>“{target}” comes from an older version of Mentorat and is read-only: copy it to a folder you can write to, then open it.</source>
        <translation>“{target}” comes from an older version of Mentorat and is read-only: copy it to a folder you can write to, then open it.</translation>
    </message>
    <message>
        <source>“{path}” is a device or a pipe, not a database file.</source>
        <translation>“{path}” is a device or a pipe, not a database file.</translation>
    </message>
    <message>
        <source>Cannot read “{path}”: {reason}</source>
        <translation>Cannot read “{path}”: {reason}</translation>
    </message>
    <message>
        <source>“{path}” is not a Mentorat database (not an SQLite file).</source>
        <translation>“{path}” is not a Mentorat database (not an SQLite file).</translation>
    </message>
    <message>
        <source>“{path}” is read-only: Mentorat needs to write to it.</source>
        <translation>“{path}” is read-only: Mentorat needs to write to it.</translation>
    </message>
    <message>
        <source>The folder “{folder}” is not writable: choose another place.</source>
        <translation>The folder “{folder}” is not writable: choose another place.</translation>
    </message>
    <message>
        <source>“{target}” is locked by another program. Close it and try again.</source>
        <translation>“{target}” is locked by another program. Close it and try again.</translation>
    </message>
    <message>
        <source>“{target}” is read-only: Mentorat needs to write to it.</source>
        <translation>“{target}” is read-only: Mentorat needs to write to it.</translation>
    </message>
    <message>
        <source>The disk holding “{target}” is full: free some space and try again.</source>
        <translation>The disk holding “{target}” is full: free some space and try again.</translation>
    </message>
    <message>
        <source>Cannot open the database “{target}”.</source>
        <translation>Cannot open the database “{target}”.</translation>
    </message>
    <message>
        <source>“{target}” is damaged or not a database.</source>
        <translation>“{target}” is damaged or not a database.</translation>
    </message>
    <message>
        <source>Cannot open the database “{target}”: {reason}</source>
        <translation>Cannot open the database “{target}”: {reason}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Unknown demo size “{size}”: choose “small” or “large”.</source>
        <translation>Unknown demo size “{size}”: choose “small” or “large”.</translation>
    </message>
    <message>
        <source>The database already holds people, programmes or skills: demo data only goes into an empty database.</source>
        <translation>The database already holds people, programmes or skills: demo data only goes into an empty database.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <source>Save the document as a PDF file</source>
        <translation>Save the document as a PDF file</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Page {number} of {total}</translation>
    </message>
    <message>
        <source>This programme no longer exists.</source>
        <translation>This programme no longer exists.</translation>
    </message>
    <message>
        <source>This pair no longer exists.</source>
        <translation>This pair no longer exists.</translation>
    </message>
    <message>
        <source>both</source>
        <translation>both</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>This session no longer exists.</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Programme charter</source>
        <translation>Programme charter</translation>
    </message>
    <message>
        <source>Pair charter, with signatures</source>
        <translation>Pair charter, with signatures</translation>
    </message>
    <message>
        <source>Session agenda</source>
        <translation>Session agenda</translation>
    </message>
    <message>
        <source>Agendas of a week</source>
        <translation>Agendas of a week</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>All certificates of a programme</source>
        <translation>All certificates of a programme</translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>Programme report</translation>
    </message>
    <message>
        <source>Reason for issuing it anyway</source>
        <translation>Reason for issuing it anyway</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>Which document to prepare</source>
        <translation>Which document to prepare</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>The programme</source>
        <translation>The programme</translation>
    </message>
    <message>
        <source>P&amp;air:</source>
        <translation>P&amp;air:</translation>
    </message>
    <message>
        <source>Mentor → mentee</source>
        <translation>Mentor → mentee</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Session:</translation>
    </message>
    <message>
        <source>An upcoming session</source>
        <translation>An upcoming session</translation>
    </message>
    <message>
        <source>&amp;Week of:</source>
        <translation>&amp;Week of:</translation>
    </message>
    <message>
        <source>Prints that day and the 6 after</source>
        <translation>Prints that day and the 6 after</translation>
    </message>
    <message>
        <source>Pa&amp;rticipant:</source>
        <translation>Pa&amp;rticipant:</translation>
    </message>
    <message>
        <source>Who the certificate is for</source>
        <translation>Who the certificate is for</translation>
    </message>
    <message>
        <source>&amp;Override:</source>
        <translation>&amp;Override:</translation>
    </message>
    <message>
        <source>The criteria are not met: say why the certificate is issued anyway</source>
        <translation>The criteria are not met: say why the certificate is issued anyway</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Open the folder</translation>
    </message>
    <message>
        <source>Participants’ for&amp;ms…</source>
        <translation>Participants’ for&amp;ms…</translation>
    </message>
    <message>
        <source>Fillable PDF forms: skills questionnaire, session feedback, end of programme</source>
        <translation>Fillable PDF forms: skills questionnaire, session feedback, end of programme</translation>
    </message>
    <message>
        <source>Import retur&amp;ned forms…</source>
        <translation>Import retur&amp;ned forms…</translation>
    </message>
    <message>
        <source>Record the answers of the returned forms</source>
        <translation>Record the answers of the returned forms</translation>
    </message>
    <message>
        <source>Send by &amp;email…</source>
        <translation>Send by &amp;email…</translation>
    </message>
    <message>
        <source>Send each participant their certificate</source>
        <translation>Send each participant their certificate</translation>
    </message>
    <message numerus="yes">
        <source>{title} — %n pages</source>
        <translation><numerusform>{title} — %n page</numerusform>
            <numerusform>{title} — %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the document (Ctrl+P)</source>
        <translation>Print the document (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save the document as a PDF file (Ctrl+S)</source>
        <translation>Save the document as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <source>Show the last saved file in its folder</source>
        <translation>Show the last saved file in its folder</translation>
    </message>
    <message>
        <source>&amp;Write the certificates…</source>
        <translation>&amp;Write the certificates…</translation>
    </message>
    <message>
        <source>One PDF per participant in a folder, and one file with all of them</source>
        <translation>One PDF per participant in a folder, and one file with all of them</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>No programme yet. Documents are made for a programme: create one in the Pairs view (“New programme…”); its charter, agendas, certificates and report are then prepared here.</source>
        <translation>No programme yet. Documents are made for a programme: create one in the Pairs view (“New programme…”); its charter, agendas, certificates and report are then prepared here.</translation>
    </message>
    <message>
        <source>Go to Pairs</source>
        <translation>Go to Pairs</translation>
    </message>
    <message>
        <source>Create a programme and form its pairs</source>
        <translation>Create a programme and form its pairs</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>criteria met</source>
        <translation>criteria met</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>Session {number}</translation>
    </message>
    <message>
        <source>Choose the programme, then write the certificates.</source>
        <translation>Choose the programme, then write the certificates.</translation>
    </message>
    <message>
        <source>This programme has no pairs yet.</source>
        <translation>This programme has no pairs yet.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Saved as {path}</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Folder for the certificates</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Certificate of {name}…</source>
        <translation>Certificate of {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n certificates written.</source>
        <translation><numerusform>Stopped: %n certificate written.</numerusform>
            <numerusform>Stopped: %n certificates written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificates written, and all of them in “%1”.</source>
        <translation><numerusform>%n certificate written, and it is also in “%1”.</numerusform>
            <numerusform>%n certificates written, and all of them in “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <source>&amp;Undo: {label}</source>
        <translation>&amp;Undo: {label}</translation>
    </message>
    <message>
        <source>Undo: {label}</source>
        <translation>Undo: {label}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nothing to redo</translation>
    </message>
    <message>
        <source>&amp;Redo: {label}</source>
        <translation>&amp;Redo: {label}</translation>
    </message>
    <message>
        <source>Redo: {label}</source>
        <translation>Redo: {label}</translation>
    </message>
    <message>
        <source>Undone: {label}</source>
        <translation>Undone: {label}</translation>
    </message>
    <message>
        <source>Redone: {label}</source>
        <translation>Redone: {label}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>EndLevelsModel</name>
    <message>
        <source>Learner</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation>Level reached</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Hire date</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Can teach</source>
        <translation>Can teach</translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation>Wants to learn</translation>
    </message>
    <message>
        <source>Other skills</source>
        <translation>Other skills</translation>
    </message>
    <message>
        <source>Active pairs</source>
        <translation>Active pairs</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Cannot write “{path}”: {reason}</source>
        <translation>Cannot write “{path}”: {reason}</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Skills matrix</source>
        <translation>Skills matrix</translation>
    </message>
    <message>
        <source>Choose what the document is about.</source>
        <translation>Choose what the document is about.</translation>
    </message>
    <message>
        <source>Charter — {name}</source>
        <translation>Charter — {name}</translation>
    </message>
    <message>
        <source>Agenda — {mentor} and {mentee}, {date}</source>
        <translation>Agenda — {mentor} and {mentee}, {date}</translation>
    </message>
    <message>
        <source>Choose the dates to print.</source>
        <translation>Choose the dates to print.</translation>
    </message>
    <message>
        <source>No session is planned in these dates.</source>
        <translation>No session is planned in these dates.</translation>
    </message>
    <message>
        <source>Agendas from {start} to {end}</source>
        <translation>Agendas from {start} to {end}</translation>
    </message>
    <message>
        <source>Certificate — {name}</source>
        <translation>Certificate — {name}</translation>
    </message>
    <message>
        <source>Programme report — {name}</source>
        <translation>Programme report — {name}</translation>
    </message>
    <message>
        <source>Nobody in this programme has met the certificate's criteria yet.</source>
        <translation>Nobody in this programme has met the certificate's criteria yet.</translation>
    </message>
    <message>
        <source>All certificates — {programme}</source>
        <translation>All certificates — {programme}</translation>
    </message>
</context>
<context>
    <name>FigureHelp</name>
    <message>
        <source>Participants of the programmes shown who are the mentor or the mentee of an active pair, divided by all their participants. Archived people (who left the company) are counted on neither side.</source>
        <translation>Participants of the programmes shown who are the mentor or the mentee of an active pair, divided by all their participants. Archived people (who left the company) are counted on neither side.</translation>
    </message>
    <message numerus="yes">
        <source>Pairs whose status is active. Below: how many of them held a session in the last %n days, and their share of the active pairs.</source>
        <translation><numerusform>Pairs whose status is active. Below: how many of them held a session in the last day, and their share of the active pairs.</numerusform><numerusform>Pairs whose status is active. Below: how many of them held a session in the last %n days, and their share of the active pairs.</numerusform></translation>
    </message>
    <message>
        <source>Sessions marked held that took place this calendar month, in the organisation's time zone. Below: the planned sessions still to come before the month ends.</source>
        <translation>Sessions marked held that took place this calendar month, in the organisation's time zone. Below: the planned sessions still to come before the month ends.</translation>
    </message>
    <message>
        <source>The total length of every session marked held, in hours; planned, cancelled and missed sessions do not count.</source>
        <translation>The total length of every session marked held, in hours; planned, cancelled and missed sessions do not count.</translation>
    </message>
    <message>
        <source>Sessions held divided by the sessions due to date: every session already begun that was not cancelled. A missed session, or one still marked planned after its date, counts as due but not as held.</source>
        <translation>Sessions held divided by the sessions due to date: every session already begun that was not cancelled. A missed session, or one still marked planned after its date, counts as due but not as held.</translation>
    </message>
    <message>
        <source>Pairs whose status is completed (they went to the end), and pairs stopped before the end.</source>
        <translation>Pairs whose status is completed (they went to the end), and pairs stopped before the end.</translation>
    </message>
    <message>
        <source>The average of the ratings (1 to 5) written in the session journals, by the mentors and by the mentees separately. A journal without a rating is left out; “—” means no rating yet.</source>
        <translation>The average of the ratings (1 to 5) written in the session journals, by the mentors and by the mentees separately. A journal without a rating is left out; “—” means no rating yet.</translation>
    </message>
    <message>
        <source>The answers to the pairing-fit question asked in the journals after a pair's first session, each side's answer counted: good fit, unsure, not a fit.</source>
        <translation>The answers to the pairing-fit question asked in the journals after a pair's first session, each side's answer counted: good fit, unsure, not a fit.</translation>
    </message>
    <message numerus="yes">
        <source>Past sessions, held or still marked planned, that have no journal yet. Overdue: more than %n days after the session.</source>
        <translation><numerusform>Past sessions, held or still marked planned, that have no journal yet. Overdue: more than %n day after the session.</numerusform><numerusform>Past sessions, held or still marked planned, that have no journal yet. Overdue: more than %n days after the session.</numerusform></translation>
    </message>
    <message>
        <source>Counted over the programme chosen above, or all running programmes; archived pairs and their sessions are left out.</source>
        <translation>Counted over the programme chosen above, or all running programmes; archived pairs and their sessions are left out.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>it is open in another program; close it and try again</source>
        <translation>it is open in another program; close it and try again</translation>
    </message>
    <message>
        <source>it does not exist (any more)</source>
        <translation>it does not exist (any more)</translation>
    </message>
    <message>
        <source>you are not allowed to use it</source>
        <translation>you are not allowed to use it</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <source>something of that name is already there</source>
        <translation>something of that name is already there</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Mentorat</source>
        <translation>Welcome to Mentorat</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Mentorat&lt;/h2&gt;&lt;p&gt;Mentorat helps you run a reverse-mentoring programme: record your staff and their skills, form pairs, plan sessions, and print charters, agendas and certificates.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, saved as you type.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to Mentorat&lt;/h2&gt;&lt;p&gt;Mentorat helps you run a reverse-mentoring programme: record your staff and their skills, form pairs, plan sessions, and print charters, agendas and certificates.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, saved as you type.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your company's name</source>
        <translation>Your company's name</translation>
    </message>
    <message>
        <source>Printed on every document; you can change it later</source>
        <translation>Printed on every document; you can change it later</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>&amp;Company name:</translation>
    </message>
    <message>
        <source>Language of the app and of its documents</source>
        <translation>Language of the app and of its documents</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Load &amp;demo data</translation>
    </message>
    <message>
        <source>Explore the app with a fictitious company: people, pairs, sessions</source>
        <translation>Explore the app with a fictitious company: people, pairs, sessions</translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation>&amp;Start empty</translation>
    </message>
    <message>
        <source>Start with your own data</source>
        <translation>Start with your own data</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Loading the demo company…</source>
        <translation>Loading the demo company…</translation>
    </message>
</context>
<context>
    <name>FirstStepsPanel</name>
    <message>
        <source>First steps</source>
        <translation>First steps</translation>
    </message>
    <message>
        <source>Hide this list</source>
        <translation>Hide this list</translation>
    </message>
    <message>
        <source>The dashboard no longer shows the first steps</source>
        <translation>The dashboard no longer shows the first steps</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>1. Name your organisation</source>
        <translation>1. Name your organisation</translation>
    </message>
    <message>
        <source>Opens the settings: company name, logo, signatory</source>
        <translation>Opens the settings: company name, logo, signatory</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>2. Add or import your staff</source>
        <translation>2. Add or import your staff</translation>
    </message>
    <message>
        <source>Opens Staff: New person, or Import… from Excel</source>
        <translation>Opens Staff: New person, or Import… from Excel</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>3. Record who can teach what</source>
        <translation>3. Record who can teach what</translation>
    </message>
    <message>
        <source>Opens Skills: the catalogue and the people × skills matrix</source>
        <translation>Opens Skills: the catalogue and the people × skills matrix</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>4. Create a programme</source>
        <translation>4. Create a programme</translation>
    </message>
    <message>
        <source>Opens Pairs: New programme…, then Participants…</source>
        <translation>Opens Pairs: New programme…, then Participants…</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>5. Form the pairs</source>
        <translation>5. Form the pairs</translation>
    </message>
    <message>
        <source>Opens Pairs: Suggest pairs…, or New pair…</source>
        <translation>Opens Pairs: Suggest pairs…, or New pair…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>6. Plan the sessions</source>
        <translation>6. Plan the sessions</translation>
    </message>
    <message>
        <source>Opens Sessions: Plan sessions…</source>
        <translation>Opens Sessions: Plan sessions…</translation>
    </message>
    <message>
        <source>First steps: {done} of {total} done</source>
        <translation>First steps: {done} of {total} done</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>to do</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>0 none</source>
        <translation>0 none</translation>
    </message>
    <message>
        <source>1 basics</source>
        <translation>1 basics</translation>
    </message>
    <message>
        <source>2 intermediate</source>
        <translation>2 intermediate</translation>
    </message>
    <message>
        <source>3 advanced</source>
        <translation>3 advanced</translation>
    </message>
    <message>
        <source>4 expert</source>
        <translation>4 expert</translation>
    </message>
    <message>
        <source>Levels: {levels}.</source>
        <translation>Levels: {levels}.</translation>
    </message>
    <message>
        <source>Skills questionnaire</source>
        <translation>Skills questionnaire</translation>
    </message>
    <message>
        <source>For each skill, tick your level today, whether you could teach it, whether you would like to learn it, and the level you aim for. Leave a line empty to skip it.</source>
        <translation>For each skill, tick your level today, whether you could teach it, whether you would like to learn it, and the level you aim for. Leave a line empty to skip it.</translation>
    </message>
    <message>
        <source>The programme’s coordinator sees your answers and uses them to form the pairs; they are recorded in your skills profile.</source>
        <translation>The programme’s coordinator sees your answers and uses them to form the pairs; they are recorded in your skills profile.</translation>
    </message>
    <message>
        <source>Level today</source>
        <translation>Level today</translation>
    </message>
    <message>
        <source>Can teach</source>
        <translation>Can teach</translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation>Wants to learn</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>{skill}: level today</source>
        <translation>{skill}: level today</translation>
    </message>
    <message>
        <source>{skill}: can teach</source>
        <translation>{skill}: can teach</translation>
    </message>
    <message>
        <source>{skill}: wants to learn</source>
        <translation>{skill}: wants to learn</translation>
    </message>
    <message>
        <source>{skill}: target level</source>
        <translation>{skill}: target level</translation>
    </message>
    <message>
        <source>Session feedback</source>
        <translation>Session feedback</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentee</translation>
    </message>
    <message>
        <source>Your session with {name} on {when}.</source>
        <translation>Your session with {name} on {when}.</translation>
    </message>
    <message>
        <source>The programme’s coordinator sees every answer on this form and records it in the session’s journal; only the quote you agree to share may appear in the programme’s report. No confidential note is asked for here.</source>
        <translation>The programme’s coordinator sees every answer on this form and records it in the session’s journal; only the quote you agree to share may appear in the programme’s report. No confidential note is asked for here.</translation>
    </message>
    <message>
        <source>Did the session take place?</source>
        <translation>Did the session take place?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>How useful was it for you? (1 = not at all, 5 = very)</source>
        <translation>How useful was it for you? (1 = not at all, 5 = very)</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>What I learned</translation>
    </message>
    <message>
        <source>Skills worked</source>
        <translation>Skills worked</translation>
    </message>
    <message>
        <source>Actions agreed (one per line)</source>
        <translation>Actions agreed (one per line)</translation>
    </message>
    <message>
        <source>A sentence I agree to share in the programme’s report</source>
        <translation>A sentence I agree to share in the programme’s report</translation>
    </message>
    <message>
        <source>After this first session, how does the pairing feel?</source>
        <translation>After this first session, how does the pairing feel?</translation>
    </message>
    <message>
        <source>Good fit</source>
        <translation>Good fit</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsure</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>Not a fit</translation>
    </message>
    <message>
        <source>End of programme</source>
        <translation>End of programme</translation>
    </message>
    <message>
        <source>The programme’s coordinator sees every answer on this form: the levels reached are recorded as your end assessment; only the quote you agree to share may appear in the programme’s report.</source>
        <translation>The programme’s coordinator sees every answer on this form: the levels reached are recorded as your end assessment; only the quote you agree to share may appear in the programme’s report.</translation>
    </message>
    <message>
        <source>Levels reached</source>
        <translation>Levels reached</translation>
    </message>
    <message>
        <source>The programme</source>
        <translation>The programme</translation>
    </message>
    <message>
        <source>Overall, how useful was the programme for you? (1 = not at all, 5 = very)</source>
        <translation>Overall, how useful was the programme for you? (1 = not at all, 5 = very)</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Page {number}</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>good fit</source>
        <translation>good fit</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>unsure</translation>
    </message>
    <message>
        <source>not a fit</source>
        <translation>not a fit</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Mentor’s rating</source>
        <translation>Mentor’s rating</translation>
    </message>
    <message>
        <source>Mentee’s rating</source>
        <translation>Mentee’s rating</translation>
    </message>
    <message>
        <source>Pairing fit (mentor)</source>
        <translation>Pairing fit (mentor)</translation>
    </message>
    <message>
        <source>Pairing fit (mentee)</source>
        <translation>Pairing fit (mentee)</translation>
    </message>
    <message>
        <source>What was learned</source>
        <translation>What was learned</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>{side}: {text}</source>
        <translation>{side}: {text}</translation>
    </message>
    <message>
        <source>Quote to share</source>
        <translation>Quote to share</translation>
    </message>
    <message>
        <source>New actions</source>
        <translation>New actions</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{skill}: level</source>
        <translation>{skill}: level</translation>
    </message>
    <message>
        <source>{skill}: start assessment</source>
        <translation>{skill}: start assessment</translation>
    </message>
    <message>
        <source>{skill}: level reached</source>
        <translation>{skill}: level reached</translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation>Overall rating</translation>
    </message>
    <message>
        <source>“{path}” is a file, not a folder: choose a folder.</source>
        <translation>“{path}” is a file, not a folder: choose a folder.</translation>
    </message>
    <message>
        <source>Cannot write into “{folder}”: {reason}</source>
        <translation>Cannot write into “{folder}”: {reason}</translation>
    </message>
    <message>
        <source>One of the chosen skills no longer exists.</source>
        <translation>One of the chosen skills no longer exists.</translation>
    </message>
    <message>
        <source>The catalogue has no skill yet: add skills before asking.</source>
        <translation>The catalogue has no skill yet: add skills before asking.</translation>
    </message>
    <message>
        <source>Someone chosen does not take part in this programme.</source>
        <translation>Someone chosen does not take part in this programme.</translation>
    </message>
    <message>
        <source>This programme has no participant yet.</source>
        <translation>This programme has no participant yet.</translation>
    </message>
    <message>
        <source>Choose the session the feedback is about.</source>
        <translation>Choose the session the feedback is about.</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>This session no longer exists.</translation>
    </message>
    <message>
        <source>This session was cancelled: there is no feedback to ask for.</source>
        <translation>This session was cancelled: there is no feedback to ask for.</translation>
    </message>
    <message>
        <source>Someone chosen is not in this session’s pair.</source>
        <translation>Someone chosen is not in this session’s pair.</translation>
    </message>
    <message>
        <source>This programme has no pair yet.</source>
        <translation>This programme has no pair yet.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: it is damaged or not a PDF.</source>
        <translation>“{name}” cannot be read: it is damaged or not a PDF.</translation>
    </message>
    <message>
        <source>“{name}” is a folder.</source>
        <translation>“{name}” is a folder.</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened: {reason}</source>
        <translation>“{name}” cannot be opened: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is protected by a password.</source>
        <translation>“{name}” is protected by a password.</translation>
    </message>
    <message>
        <source>“{name}” is refused: {problem}</source>
        <translation>“{name}” is refused: {problem}</translation>
    </message>
    <message>
        <source>This PDF is not a Mentorat form: it has none of its fields.</source>
        <translation>This PDF is not a Mentorat form: it has none of its fields.</translation>
    </message>
    <message>
        <source>This form comes from another Mentorat database: import it into the one that made it.</source>
        <translation>This form comes from another Mentorat database: import it into the one that made it.</translation>
    </message>
    <message>
        <source>This form was changed outside its fields (fields added, removed or renamed): its answers cannot be trusted.</source>
        <translation>This form was changed outside its fields (fields added, removed or renamed): its answers cannot be trusted.</translation>
    </message>
    <message>
        <source>The same form is among these files twice.</source>
        <translation>The same form is among these files twice.</translation>
    </message>
    <message>
        <source>This form was already imported on {day}.</source>
        <translation>This form was already imported on {day}.</translation>
    </message>
    <message>
        <source>The person or programme of this form no longer exists.</source>
        <translation>The person or programme of this form no longer exists.</translation>
    </message>
    <message>
        <source>This form’s identifier or integrity code was changed: its answers cannot be trusted.</source>
        <translation>This form’s identifier or integrity code was changed: its answers cannot be trusted.</translation>
    </message>
    <message>
        <source>This form was made for {name}, who is no longer {where}.</source>
        <translation>This form was made for {name}, who is no longer {where}.</translation>
    </message>
    <message>
        <source>This form’s session no longer exists.</source>
        <translation>This form’s session no longer exists.</translation>
    </message>
    <message>
        <source>in this session’s pair</source>
        <translation>in this session’s pair</translation>
    </message>
    <message>
        <source>This session was cancelled: its feedback cannot be recorded.</source>
        <translation>This session was cancelled: its feedback cannot be recorded.</translation>
    </message>
    <message>
        <source>session of {day}, {mentor} → {mentee}</source>
        <translation>session of {day}, {mentor} → {mentee}</translation>
    </message>
    <message>
        <source>This session has not taken place yet: import its feedback once its time has come.</source>
        <translation>This session has not taken place yet: import its feedback once its time has come.</translation>
    </message>
    <message>
        <source>in this programme</source>
        <translation>in this programme</translation>
    </message>
    <message>
        <source>in a pair of this programme</source>
        <translation>in a pair of this programme</translation>
    </message>
    <message>
        <source>Nothing was filled in on this form.</source>
        <translation>Nothing was filled in on this form.</translation>
    </message>
    <message>
        <source>Forms cannot be made: this database cannot be written to now.</source>
        <translation>Forms cannot be made: this database cannot be written to now.</translation>
    </message>
</context>
<context>
    <name>FormsExportDialog</name>
    <message>
        <source>Forms for the participants</source>
        <translation>Forms for the participants</translation>
    </message>
    <message>
        <source>One fillable PDF per participant: they fill it in any PDF reader and send it back; “Import returned forms…” then records their answers.</source>
        <translation>One fillable PDF per participant: they fill it in any PDF reader and send it back; “Import returned forms…” then records their answers.</translation>
    </message>
    <message>
        <source>Skills questionnaire</source>
        <translation>Skills questionnaire</translation>
    </message>
    <message>
        <source>Session feedback</source>
        <translation>Session feedback</translation>
    </message>
    <message>
        <source>End-of-programme assessment</source>
        <translation>End-of-programme assessment</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>Which form to prepare</source>
        <translation>Which form to prepare</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>Whose participants</source>
        <translation>Whose participants</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>Sess&amp;ion:</translation>
    </message>
    <message>
        <source>The session the feedback is about (the latest held one first)</source>
        <translation>The session the feedback is about (the latest held one first)</translation>
    </message>
    <message>
        <source>S&amp;kills asked:</source>
        <translation>S&amp;kills asked:</translation>
    </message>
    <message>
        <source>Tick the skills to ask about; none ticked: the whole catalogue</source>
        <translation>Tick the skills to ask about; none ticked: the whole catalogue</translation>
    </message>
    <message>
        <source>&amp;Save the forms in a folder…</source>
        <translation>&amp;Save the forms in a folder…</translation>
    </message>
    <message>
        <source>One PDF per participant, in a folder you choose</source>
        <translation>One PDF per participant, in a folder you choose</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Open the folder</translation>
    </message>
    <message>
        <source>Show the saved forms in their folder</source>
        <translation>Show the saved forms in their folder</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>not marked held</source>
        <translation>not marked held</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>Session {number}</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n forms in a folder…</source>
        <translation><numerusform>&amp;Save %n forms in a folder…</numerusform>
            <numerusform>&amp;Save %n forms in a folder…</numerusform>
        </translation>
    </message>
    <message>
        <source>No programme yet: create one in the Pairs view first.</source>
        <translation>No programme yet: create one in the Pairs view first.</translation>
    </message>
    <message>
        <source>This programme has no past session yet.</source>
        <translation>This programme has no past session yet.</translation>
    </message>
    <message>
        <source>This programme has no participant yet.</source>
        <translation>This programme has no participant yet.</translation>
    </message>
    <message>
        <source>Folder for the forms</source>
        <translation>Folder for the forms</translation>
    </message>
    <message>
        <source>Writing the forms…</source>
        <translation>Writing the forms…</translation>
    </message>
    <message numerus="yes">
        <source>%n forms saved in {folder}.</source>
        <translation><numerusform>%n forms saved in {folder}.</numerusform>
            <numerusform>%n forms saved in {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: the forms already written stay in {folder}.</source>
        <translation>Stopped: the forms already written stay in {folder}.</translation>
    </message>
</context>
<context>
    <name>FormsHint</name>
    <message>
        <source>These held sessions have no journal yet: the participants can answer for you with their feedback forms.</source>
        <translation>These held sessions have no journal yet: the participants can answer for you with their feedback forms.</translation>
    </message>
    <message>
        <source>Send feedbac&amp;k forms…</source>
        <translation>Send feedbac&amp;k forms…</translation>
    </message>
    <message>
        <source>Feedback forms for both sides of the selected session, saved in a folder</source>
        <translation>Feedback forms for both sides of the selected session, saved in a folder</translation>
    </message>
    <message>
        <source>Import retur&amp;ned forms…</source>
        <translation>Import retur&amp;ned forms…</translation>
    </message>
    <message>
        <source>Record the answers of the returned forms</source>
        <translation>Record the answers of the returned forms</translation>
    </message>
</context>
<context>
    <name>FormsSamples</name>
    <message>
        <source>session of {when}, {mentor} → {mentee}</source>
        <translation>session of {when}, {mentor} → {mentee}</translation>
    </message>
    <message>
        <source>Rating by the mentor</source>
        <translation>Rating by the mentor</translation>
    </message>
    <message>
        <source>Pairing fit</source>
        <translation>Pairing fit</translation>
    </message>
    <message>
        <source>Good fit</source>
        <translation>Good fit</translation>
    </message>
    <message>
        <source>What was learned</source>
        <translation>What was learned</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <source>Pivot tables</source>
        <translation>Pivot tables</translation>
    </message>
    <message>
        <source>Rating by the mentee</source>
        <translation>Rating by the mentee</translation>
    </message>
    <message>
        <source>This file is not a Mentorat form: it has no form fields.</source>
        <translation>This file is not a Mentorat form: it has no form fields.</translation>
    </message>
</context>
<context>
    <name>Generation</name>
    <message>
        <source>Generation Z</source>
        <translation>Generation Z</translation>
    </message>
    <message>
        <source>Millennials</source>
        <translation>Millennials</translation>
    </message>
    <message>
        <source>Generation X</source>
        <translation>Generation X</translation>
    </message>
    <message>
        <source>Baby boomers</source>
        <translation>Baby boomers</translation>
    </message>
    <message>
        <source>Before 1946</source>
        <translation>Before 1946</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Mentorat — User guide</source>
        <translation>Mentorat — User guide</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Search the guide</translation>
    </message>
    <message>
        <source>Shows the pages holding every word typed (Ctrl+F); Enter goes to the next one</source>
        <translation>Shows the pages holding every word typed (Ctrl+F); Enter goes to the next one</translation>
    </message>
    <message>
        <source>Pages of the guide</source>
        <translation>Pages of the guide</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Guide page</translation>
    </message>
    <message>
        <source>No page holds “{words}”.</source>
        <translation>No page holds “{words}”.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Hire date</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Can teach (skills)</source>
        <translation>Can teach (skills)</translation>
    </message>
    <message>
        <source>Wants to learn (skills)</source>
        <translation>Wants to learn (skills)</translation>
    </message>
    <message>
        <source>Level in a skill</source>
        <translation>Level in a skill</translation>
    </message>
    <message>
        <source>Other skills (with levels)</source>
        <translation>Other skills (with levels)</translation>
    </message>
    <message>
        <source>The first line of “{name}” holds data, not column headings. Add a line of headings such as: Nom;Prénom;Courriel;Service;Poste.</source>
        <translation>The first line of “{name}” holds data, not column headings. Add a line of headings such as: Nom;Prénom;Courriel;Service;Poste.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has merged cells ({cells}). In Excel, select the sheet, unmerge the cells (Home › Merge &amp; Center) and import again.</source>
        <translation>The sheet “{sheet}” has merged cells ({cells}). In Excel, select the sheet, unmerge the cells (Home › Merge &amp; Center) and import again.</translation>
    </message>
    <message>
        <source>“{name}” has column headings but no one under them.</source>
        <translation>“{name}” has column headings but no one under them.</translation>
    </message>
    <message>
        <source>No column holds names: the file needs a “Nom” (last name) column, a “Prénom” (first name) column or a “Nom complet” (full name) column.</source>
        <translation>No column holds names: the file needs a “Nom” (last name) column, a “Prénom” (first name) column or a “Nom complet” (full name) column.</translation>
    </message>
    <message>
        <source>“{value}” is not a date (write 31/12/2024 or 2024-12-31).</source>
        <translation>“{value}” is not a date (write 31/12/2024 or 2024-12-31).</translation>
    </message>
    <message>
        <source>“{value}” is not a year of birth (write 1990).</source>
        <translation>“{value}” is not a year of birth (write 1990).</translation>
    </message>
    <message>
        <source>Total row (“{text}”): not a person.</source>
        <translation>Total row (“{text}”): not a person.</translation>
    </message>
    <message>
        <source>Total row (the formula {formula}): not a person.</source>
        <translation>Total row (the formula {formula}): not a person.</translation>
    </message>
    <message>
        <source>Total row (numbers without a name): not a person.</source>
        <translation>Total row (numbers without a name): not a person.</translation>
    </message>
    <message>
        <source>Blank row: nothing to import.</source>
        <translation>Blank row: nothing to import.</translation>
    </message>
    <message>
        <source>{column}: the file holds the formula {formula} without its result (the program that wrote the file did not compute it). Type the value in the cell, or open and save the file in Excel or LibreOffice, and import again.</source>
        <translation>{column}: the file holds the formula {formula} without its result (the program that wrote the file did not compute it). Type the value in the cell, or open and save the file in Excel or LibreOffice, and import again.</translation>
    </message>
    <message>
        <source>“{value}” is not a level (0 to 4, or none, basics, … expert).</source>
        <translation>“{value}” is not a level (0 to 4, or none, basics, … expert).</translation>
    </message>
    <message>
        <source>Cannot read “{name}”: {reason}</source>
        <translation>Cannot read “{name}”: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is {size} MB; a staff list is much smaller (the limit is {limit} MB). Check that this is the right file.</source>
        <translation>“{name}” is {size} MB; a staff list is much smaller (the limit is {limit} MB). Check that this is the right file.</translation>
    </message>
    <message>
        <source>“{name}” is empty.</source>
        <translation>“{name}” is empty.</translation>
    </message>
    <message>
        <source>“{name}” is in the old Excel format (.xls). In Excel, save it as “Excel Workbook (.xlsx)” or “CSV (semicolon delimited)” and import that file.</source>
        <translation>“{name}” is in the old Excel format (.xls). In Excel, save it as “Excel Workbook (.xlsx)” or “CSV (semicolon delimited)” and import that file.</translation>
    </message>
    <message>
        <source>“{name}” is not a text or Excel file. Export the staff list from Excel as CSV or XLSX and import that.</source>
        <translation>“{name}” is not a text or Excel file. Export the staff list from Excel as CSV or XLSX and import that.</translation>
    </message>
    <message>
        <source>Line {line} of “{name}” cannot be read: {reason}</source>
        <translation>Line {line} of “{name}” cannot be read: {reason}</translation>
    </message>
    <message>
        <source>“{name}” goes on past line {line}: a staff list has at most {rows} lines and {cells} cells. Check that this is the right file, or split it.</source>
        <translation>“{name}” goes on past line {line}: a staff list has at most {rows} lines and {cells} cells. Check that this is the right file, or split it.</translation>
    </message>
    <message>
        <source>Line {line} of “{name}” has more than {limit} columns, more than any staff list. Check the separator, or remove the empty columns.</source>
        <translation>Line {line} of “{name}” has more than {limit} columns, more than any staff list. Check the separator, or remove the empty columns.</translation>
    </message>
    <message>
        <source>“{name}” is not an Excel workbook Mentorat can read. Open it in Excel and save it again as “Excel Workbook (.xlsx)” or as CSV.</source>
        <translation>“{name}” is not an Excel workbook Mentorat can read. Open it in Excel and save it again as “Excel Workbook (.xlsx)” or as CSV.</translation>
    </message>
    <message>
        <source>“{name}” would unpack to {size} MB; a staff workbook is much smaller (the limit is {limit} MB). Check that this is the right file, or save the list as CSV.</source>
        <translation>“{name}” would unpack to {size} MB; a staff workbook is much smaller (the limit is {limit} MB). Check that this is the right file, or save the list as CSV.</translation>
    </message>
    <message>
        <source>“{name}” is a damaged workbook: {reason}</source>
        <translation>“{name}” is a damaged workbook: {reason}</translation>
    </message>
    <message>
        <source>“{name}” has several sheets ({sheets}): choose which one to import.</source>
        <translation>“{name}” has several sheets ({sheets}): choose which one to import.</translation>
    </message>
    <message>
        <source>“{name}” has no sheet called “{sheet}” (it has: {sheets}).</source>
        <translation>“{name}” has no sheet called “{sheet}” (it has: {sheets}).</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of “{name}” is empty.</source>
        <translation>The sheet “{sheet}” of “{name}” is empty.</translation>
    </message>
    <message>
        <source>Same email address as line {line}.</source>
        <translation>Same email address as line {line}.</translation>
    </message>
    <message>
        <source>Same name as line {line} and no email address to tell them apart.</source>
        <translation>Same name as line {line} and no email address to tell them apart.</translation>
    </message>
    <message>
        <source>Several people are already called {name}: add the email address to say which one.</source>
        <translation>Several people are already called {name}: add the email address to say which one.</translation>
    </message>
    <message>
        <source>Already there (same email address).</source>
        <translation>Already there (same email address).</translation>
    </message>
    <message>
        <source>Already there (same first and last name).</source>
        <translation>Already there (same first and last name).</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Skill “{start}…”: {problem}</source>
        <translation>Skill “{start}…”: {problem}</translation>
    </message>
    <message>
        <source>Manager “{manager}” not found: left empty.</source>
        <translation>Manager “{manager}” not found: left empty.</translation>
    </message>
    <message>
        <source>Several people match the manager “{manager}”: give their email address.</source>
        <translation>Several people match the manager “{manager}”: give their email address.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import staff</source>
        <translation>Import staff</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with one person per line</source>
        <translation>A CSV or Excel (.xlsx) file with one person per line</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>The file chosen for the import</source>
        <translation>The file chosen for the import</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choose a file…</translation>
    </message>
    <message>
        <source>Choose the CSV or Excel file of the staff</source>
        <translation>Choose the CSV or Excel file of the staff</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>The workbook has several sheets: choose the staff list</source>
        <translation>The workbook has several sheets: choose the staff list</translation>
    </message>
    <message>
        <source>What was detected in the file</source>
        <translation>What was detected in the file</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>What each column of the file holds; change a guess if it is wrong</source>
        <translation>What each column of the file holds; change a guess if it is wrong</translation>
    </message>
    <message>
        <source>People already there</source>
        <translation>People already there</translation>
    </message>
    <message>
        <source>Same email address, or else same first and last name</source>
        <translation>Same email address, or else same first and last name</translation>
    </message>
    <message>
        <source>&amp;Update them with the file's values</source>
        <translation>&amp;Update them with the file's values</translation>
    </message>
    <message>
        <source>Empty cells leave the current value unchanged</source>
        <translation>Empty cells leave the current value unchanged</translation>
    </message>
    <message>
        <source>&amp;Leave them as they are (skip)</source>
        <translation>&amp;Leave them as they are (skip)</translation>
    </message>
    <message>
        <source>Only new people are added</source>
        <translation>Only new people are added</translation>
    </message>
    <message>
        <source>Import the other rows when some have &amp;problems</source>
        <translation>Import the other rows when some have &amp;problems</translation>
    </message>
    <message>
        <source>Otherwise nothing is imported until every problem is fixed</source>
        <translation>Otherwise nothing is imported until every problem is fixed</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Preview of the import</translation>
    </message>
    <message>
        <source>What the import will do with each line of the file</source>
        <translation>What the import will do with each line of the file</translation>
    </message>
    <message>
        <source>Choose a file to see what the import will do.</source>
        <translation>Choose a file to see what the import will do.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Write the previewed changes, all at once</source>
        <translation>Write the previewed changes, all at once</translation>
    </message>
    <message>
        <source>Choose the staff file</source>
        <translation>Choose the staff file</translation>
    </message>
    <message>
        <source>Staff lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Staff lists (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message numerus="yes">
        <source>{encoding}, separator “{separator}”, %n lines</source>
        <translation><numerusform>{encoding}, separator “{separator}”, %n line</numerusform>
            <numerusform>{encoding}, separator “{separator}”, %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sheet “{sheet}”, %n lines</source>
        <translation><numerusform>Sheet “{sheet}”, %n line</numerusform>
            <numerusform>Sheet “{sheet}”, %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Import done: {created}, {updated}, {skipped}, {rejected}.</source>
        <translation>Import done: {created}, {updated}, {skipped}, {rejected}.</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation><numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation><numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation><numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out because of problems</source>
        <translation><numerusform>%n left out because of problems</numerusform>
            <numerusform>%n left out because of problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: {created}, {updated}, {skipped}, {rejected}.</source>
        <translation>Preview: {created}, {updated}, {skipped}, {rejected}.</translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation><numerusform>%n to create</numerusform>
            <numerusform>%n to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation><numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip</source>
        <translation><numerusform>%n to skip</numerusform>
            <numerusform>%n to skip</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation><numerusform>%n with problems</numerusform>
            <numerusform>%n with problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Level in “{skill}”</source>
        <translation>Level in “{skill}”</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(no heading)</translation>
    </message>
    <message>
        <source>Column {name}</source>
        <translation>Column {name}</translation>
    </message>
    <message>
        <source>What the column “{name}” holds</source>
        <translation>What the column “{name}” holds</translation>
    </message>
    <message>
        <source>New departments: {names}.</source>
        <translation>New departments: {names}.</translation>
    </message>
    <message>
        <source>New skills: {names}.</source>
        <translation>New skills: {names}.</translation>
    </message>
    <message>
        <source>The rows with problems will be left out and the others imported.</source>
        <translation>The rows with problems will be left out and the others imported.</translation>
    </message>
    <message>
        <source>Fix the problems in the file, or tick “Import the other rows”.</source>
        <translation>Fix the problems in the file, or tick “Import the other rows”.</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows have problems.</source>
        <translation>Nothing was imported: some rows have problems.</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file.</source>
        <translation>Nothing can be imported from this file.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Problems and notes</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>⚠ Problem</source>
        <translation>⚠ Problem</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>Session journal</source>
        <translation>Session journal</translation>
    </message>
    <message>
        <source>{mentor} and {mentee}, {day} at {time}</source>
        <translation>{mentor} and {mentee}, {day} at {time}</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Not recorded yet</translation>
    </message>
    <message>
        <source>Why it was cancelled</source>
        <translation>Why it was cancelled</translation>
    </message>
    <message>
        <source>&amp;The session:</source>
        <translation>&amp;The session:</translation>
    </message>
    <message>
        <source>Whether the session took place</source>
        <translation>Whether the session took place</translation>
    </message>
    <message>
        <source>Cancellation reason</source>
        <translation>Cancellation reason</translation>
    </message>
    <message>
        <source>Write only what you would show the person.</source>
        <translation>Write only what you would show the person.</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <source>What the pair did</source>
        <translation>What the pair did</translation>
    </message>
    <message>
        <source>What was &amp;learned:</source>
        <translation>What was &amp;learned:</translation>
    </message>
    <message>
        <source>What each side learned</source>
        <translation>What each side learned</translation>
    </message>
    <message>
        <source>{skill} (focus skill)</source>
        <translation>{skill} (focus skill)</translation>
    </message>
    <message>
        <source>S&amp;kills worked:</source>
        <translation>S&amp;kills worked:</translation>
    </message>
    <message>
        <source>The pair's focus skills come first; tick any other</source>
        <translation>The pair's focus skills come first; tick any other</translation>
    </message>
    <message>
        <source>Rating by {name}:</source>
        <translation>Rating by {name}:</translation>
    </message>
    <message>
        <source>How the mentor rates the session, 1 to 5</source>
        <translation>How the mentor rates the session, 1 to 5</translation>
    </message>
    <message>
        <source>How the mentee rates the session, 1 to 5</source>
        <translation>How the mentee rates the session, 1 to 5</translation>
    </message>
    <message>
        <source>After the first session: is the pairing a good fit?</source>
        <translation>After the first session: is the pairing a good fit?</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <source>A “not a fit” answer puts the pair on the dashboard's to-do list.</source>
        <translation>A “not a fit” answer puts the pair on the dashboard's to-do list.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Add an a&amp;ction</source>
        <translation>Add an a&amp;ction</translation>
    </message>
    <message>
        <source>Something to do before the next session</source>
        <translation>Something to do before the next session</translation>
    </message>
    <message>
        <source>A sentence the participants agree to see quoted in the programme report. Write only what you would show the person.</source>
        <translation>A sentence the participants agree to see quoted in the programme report. Write only what you would show the person.</translation>
    </message>
    <message>
        <source>Never printed, exported or shown in a report: for you alone. Still, write only what you would show the person.</source>
        <translation>Never printed, exported or shown in a report: for you alone. Still, write only what you would show the person.</translation>
    </message>
    <message>
        <source>Shared &amp;quote:</source>
        <translation>Shared &amp;quote:</translation>
    </message>
    <message>
        <source>Quoted in the programme report</source>
        <translation>Quoted in the programme report</translation>
    </message>
    <message>
        <source>C&amp;onfidential notes:</source>
        <translation>C&amp;onfidential notes:</translation>
    </message>
    <message>
        <source>Seen only in this window</source>
        <translation>Seen only in this window</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Saved as you type.</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>Saved at {time}.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Pairing fit</source>
        <translation>Pairing fit</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Good fit</source>
        <translation>Good fit</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsure</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>Not a fit</translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Level from 0 (none) to 4 (expert)</source>
        <translation>Level from 0 (none) to 4 (expert)</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>basics</source>
        <translation>basics</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>intermediate</translation>
    </message>
    <message>
        <source>advanced</source>
        <translation>advanced</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>expert</translation>
    </message>
    <message>
        <source>0 – none</source>
        <translation>0 – none</translation>
    </message>
    <message>
        <source>1 – basics</source>
        <translation>1 – basics</translation>
    </message>
    <message>
        <source>2 – intermediate</source>
        <translation>2 – intermediate</translation>
    </message>
    <message>
        <source>3 – advanced</source>
        <translation>3 – advanced</translation>
    </message>
    <message>
        <source>4 – expert</source>
        <translation>4 – expert</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>Updated: {subject}</source>
        <translation>Updated: {subject}</translation>
    </message>
    <message>
        <source>This session has changed: here is its new time.</source>
        <translation>This session has changed: here is its new time.</translation>
    </message>
    <message>
        <source>Agenda {date}</source>
        <translation>Agenda {date}</translation>
    </message>
    <message>
        <source>Certificate — {name}</source>
        <translation>Certificate — {name}</translation>
    </message>
    <message>
        <source>This programme no longer exists.</source>
        <translation>This programme no longer exists.</translation>
    </message>
    <message>
        <source>Session {id} is not a session of this programme.</source>
        <translation>Session {id} is not a session of this programme.</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>cancellation</translation>
    </message>
    <message>
        <source>update (moved)</source>
        <translation>update (moved)</translation>
    </message>
    <message>
        <source>sent again</source>
        <translation>sent again</translation>
    </message>
    <message>
        <source>{name} has no certificate yet (issue it in Documents).</source>
        <translation>{name} has no certificate yet (issue it in Documents).</translation>
    </message>
    <message>
        <source>The mail server {host} shows a certificate this computer does not trust ({reason}). Ask your IT provider for the company's certificate.</source>
        <translation>The mail server {host} shows a certificate this computer does not trust ({reason}). Ask your IT provider for the company's certificate.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password: {answer}</source>
        <translation>The mail server refused the user name or password: {answer}</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer STARTTLS: choose TLS or no security.</source>
        <translation>The mail server {host} does not offer STARTTLS: choose TLS or no security.</translation>
    </message>
    <message>
        <source>it is not valid yet: check this computer's date</source>
        <translation>it is not valid yet: check this computer's date</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>it has expired</translation>
    </message>
    <message>
        <source>it is signed by itself</source>
        <translation>it is signed by itself</translation>
    </message>
    <message>
        <source>it comes from an authority unknown to this computer</source>
        <translation>it comes from an authority unknown to this computer</translation>
    </message>
    <message>
        <source>it is made out to another name than {host}</source>
        <translation>it is made out to another name than {host}</translation>
    </message>
    <message>
        <source>it cannot be checked</source>
        <translation>it cannot be checked</translation>
    </message>
    <message>
        <source>The secure connection to {host}:{port} failed: check TLS or STARTTLS and the port.</source>
        <translation>The secure connection to {host}:{port} failed: check TLS or STARTTLS and the port.</translation>
    </message>
    <message>
        <source>The mail server {host} does not take addresses with accented letters: use one without.</source>
        <translation>The mail server {host} does not take addresses with accented letters: use one without.</translation>
    </message>
    <message>
        <source>The mail server {host} does not accept a login on this connection: choose STARTTLS or TLS, or leave the user empty.</source>
        <translation>The mail server {host} does not accept a login on this connection: choose STARTTLS or TLS, or leave the user empty.</translation>
    </message>
    <message>
        <source>The mail server refused the address: {answer}</source>
        <translation>The mail server refused the address: {answer}</translation>
    </message>
    <message>
        <source>The mail server refused the sender's address {address}: {answer}</source>
        <translation>The mail server refused the sender's address {address}: {answer}</translation>
    </message>
    <message>
        <source>The mail server answered: {answer}</source>
        <translation>The mail server answered: {answer}</translation>
    </message>
    <message>
        <source>The mail server {host}:{port} closed the connection: check the security setting and the port.</source>
        <translation>The mail server {host}:{port} closed the connection: check the security setting and the port.</translation>
    </message>
    <message>
        <source>Cannot reach the mail server {host}:{port}. Check its name, the port, and that this computer is on the company network.</source>
        <translation>Cannot reach the mail server {host}:{port}. Check its name, the port, and that this computer is on the company network.</translation>
    </message>
    <message>
        <source>No password is saved for {user}: enter it in Settings › Email.</source>
        <translation>No password is saved for {user}: enter it in Settings › Email.</translation>
    </message>
    <message>
        <source>Enter the mail server's name in Settings › Email first.</source>
        <translation>Enter the mail server's name in Settings › Email first.</translation>
    </message>
    <message>
        <source>Mentorat: test message</source>
        <translation>Mentorat: test message</translation>
    </message>
    <message>
        <source>This message shows that Mentorat can send through {host}. Nothing to do.</source>
        <translation>This message shows that Mentorat can send through {host}. Nothing to do.</translation>
    </message>
    <message>
        <source>Cannot write the draft in “{folder}”: {reason}</source>
        <translation>Cannot write the draft in “{folder}”: {reason}</translation>
    </message>
    <message>
        <source>a partner who will be introduced to you soon</source>
        <translation>a partner who will be introduced to you soon</translation>
    </message>
    <message>
        <source>Charter — {programme}</source>
        <translation>Charter — {programme}</translation>
    </message>
    <message>
        <source>Enter your address in Settings › Email before sending.</source>
        <translation>Enter your address in Settings › Email before sending.</translation>
    </message>
    <message>
        <source>“{address}” ({name}) is not a usable email address.</source>
        <translation>“{address}” ({name}) is not a usable email address.</translation>
    </message>
    <message>
        <source>Replaced by a newer message.</source>
        <translation>Replaced by a newer message.</translation>
    </message>
    <message>
        <source>The session was cancelled before this message went.</source>
        <translation>The session was cancelled before this message went.</translation>
    </message>
    <message>
        <source>Interrupted while it was going: it may have reached the server. Queue it again only if the recipient did not get it.</source>
        <translation>Interrupted while it was going: it may have reached the server. Queue it again only if the recipient did not get it.</translation>
    </message>
    <message>
        <source>This message is no longer in the outbox.</source>
        <translation>This message is no longer in the outbox.</translation>
    </message>
    <message>
        <source>Mentorat drafts</source>
        <translation>Mentorat drafts</translation>
    </message>
    <message>
        <source>“{text}” is not an email address such as name@company.fr.</source>
        <translation>“{text}” is not an email address such as name@company.fr.</translation>
    </message>
    <message>
        <source>Choose how messages leave and how they are secured.</source>
        <translation>Choose how messages leave and how they are secured.</translation>
    </message>
    <message>
        <source>The sender's name is too long (200 at most).</source>
        <translation>The sender's name is too long (200 at most).</translation>
    </message>
    <message>
        <source>Enter the address the messages come from (yours, usually).</source>
        <translation>Enter the address the messages come from (yours, usually).</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>A port is a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>Enter the mail server's name, such as smtp.company.fr.</source>
        <translation>Enter the mail server's name, such as smtp.company.fr.</translation>
    </message>
    <message>
        <source>“{host}” is not a server name.</source>
        <translation>“{host}” is not a server name.</translation>
    </message>
    <message>
        <source>“{path}” is a file, not a folder.</source>
        <translation>“{path}” is a file, not a folder.</translation>
    </message>
    <message>
        <source>The system keyring is not available, so the mail password cannot be saved safely. Leave the password empty: it will be asked for at each sending.</source>
        <translation>The system keyring is not available, so the mail password cannot be saved safely. Leave the password empty: it will be asked for at each sending.</translation>
    </message>
    <message>
        <source>The certificate file “{path}” holds no certificate in PEM form.</source>
        <translation>The certificate file “{path}” holds no certificate in PEM form.</translation>
    </message>
    <message>
        <source>The certificate file “{path}” cannot be read: {reason}</source>
        <translation>The certificate file “{path}” cannot be read: {reason}</translation>
    </message>
    <message>
        <source>A test message went to {address} through {host}.</source>
        <translation>A test message went to {address} through {host}.</translation>
    </message>
    <message>
        <source>A brace is alone: write {{ or }} to show a brace itself.</source>
        <translation>A brace is alone: write {{ or }} to show a brace itself.</translation>
    </message>
    <message>
        <source>“{{{name}}}” is not a known placeholder. Known ones: {known}.</source>
        <translation>“{{{name}}}” is not a known placeholder. Known ones: {known}.</translation>
    </message>
    <message>
        <source>Enter the message's subject.</source>
        <translation>Enter the message's subject.</translation>
    </message>
    <message>
        <source>The subject is one line of 500 characters at most.</source>
        <translation>The subject is one line of 500 characters at most.</translation>
    </message>
    <message>
        <source>Enter the message's text.</source>
        <translation>Enter the message's text.</translation>
    </message>
    <message>
        <source>The text is too long (20,000 characters at most).</source>
        <translation>The text is too long (20,000 characters at most).</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>Send by email</source>
        <translation>Send by email</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>What to send</translation>
    </message>
    <message>
        <source>The programme whose participants receive it</source>
        <translation>The programme whose participants receive it</translation>
    </message>
    <message>
        <source>Which sessions the messages are about</source>
        <translation>Which sessions the messages are about</translation>
    </message>
    <message>
        <source>Send &amp;again what was already sent</source>
        <translation>Send &amp;again what was already sent</translation>
    </message>
    <message>
        <source>Also the messages sent before and unchanged since, to the same people</source>
        <translation>Also the messages sent before and unchanged since, to the same people</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>Sess&amp;ions:</source>
        <translation>Sess&amp;ions:</translation>
    </message>
    <message>
        <source>Messages to send</source>
        <translation>Messages to send</translation>
    </message>
    <message>
        <source>Each message, to whom, with its attachments</source>
        <translation>Each message, to whom, with its attachments</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <source>Show the drafts in the file manager</source>
        <translation>Show the drafts in the file manager</translation>
    </message>
    <message>
        <source>Out&amp;box…</source>
        <translation>Out&amp;box…</translation>
    </message>
    <message>
        <source>Every message prepared or sent, and what failed</source>
        <translation>Every message prepared or sent, and what failed</translation>
    </message>
    <message>
        <source>Email &amp;settings…</source>
        <translation>Email &amp;settings…</translation>
    </message>
    <message>
        <source>How messages are sent, and from whom</source>
        <translation>How messages are sent, and from whom</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected sessions</source>
        <translation><numerusform>The %n selected sessions</numerusform>
            <numerusform>The %n selected sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>This pair’s sessions</source>
        <translation>This pair’s sessions</translation>
    </message>
    <message>
        <source>Every upcoming session</source>
        <translation>Every upcoming session</translation>
    </message>
    <message>
        <source>Every held session</source>
        <translation>Every held session</translation>
    </message>
    <message>
        <source>Your address is not set yet: enter it in Email settings… first.</source>
        <translation>Your address is not set yet: enter it in Email settings… first.</translation>
    </message>
    <message>
        <source>Sent through %1 from %2.</source>
        <translation>Sent through %1 from %2.</translation>
    </message>
    <message>
        <source>Prepared as drafts: open each one in your mail program, check it and send it. (Settings › Email to send them directly.)</source>
        <translation>Prepared as drafts: open each one in your mail program, check it and send it. (Settings › Email to send them directly.)</translation>
    </message>
    <message>
        <source>Create a programme first, in Pairs.</source>
        <translation>Create a programme first, in Pairs.</translation>
    </message>
    <message numerus="yes">
        <source>%n messages already sent are left out.</source>
        <translation><numerusform>%n messages already sent are left out.</numerusform>
            <numerusform>%n messages already sent are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send for this choice.</source>
        <translation>Nothing to send for this choice.</translation>
    </message>
    <message numerus="yes">
        <source>No address, so no message for: %1. Add their address in Staff, then come back.</source>
        <translation><numerusform>No address, so no message for: %1. Add their address in Staff, then come back.</numerusform>
            <numerusform>No address, so no message for: %1. Add their address in Staff, then come back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prepare %n drafts</source>
        <translation><numerusform>Prepare %n drafts</numerusform>
            <numerusform>Prepare %n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n messages</source>
        <translation><numerusform>Send %n messages</numerusform>
            <numerusform>Send %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the messages…</source>
        <translation>Preparing the messages…</translation>
    </message>
    <message numerus="yes">
        <source>%n messages sent.</source>
        <translation><numerusform>%n messages sent.</numerusform>
            <numerusform>%n messages sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts ready.</source>
        <translation><numerusform>%n drafts ready.</numerusform>
            <numerusform>%n drafts ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages failed: they wait in the outbox.</source>
        <translation><numerusform>%n messages failed: they wait in the outbox.</numerusform>
            <numerusform>%n messages failed: they wait in the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n messages wait in the outbox.</source>
        <translation><numerusform>Stopped: %n messages wait in the outbox.</numerusform>
            <numerusform>Stopped: %n messages wait in the outbox.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rest waits in the outbox</source>
        <translation>The rest waits in the outbox</translation>
    </message>
    <message>
        <source>All drafts are ready</source>
        <translation>All drafts are ready</translation>
    </message>
    <message>
        <source>All sent</source>
        <translation>All sent</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password of %1 on %2 (not saved; Settings › Email keeps it):</source>
        <translation>Password of %1 on %2 (not saved; Settings › Email keeps it):</translation>
    </message>
</context>
<context>
    <name>MailEntry</name>
    <message>
        <source>Send the &amp;invitation…</source>
        <translation>Send the &amp;invitation…</translation>
    </message>
    <message>
        <source>A calendar invitation by email, with the agenda</source>
        <translation>A calendar invitation by email, with the agenda</translation>
    </message>
    <message>
        <source>Ask for &amp;feedback…</source>
        <translation>Ask for &amp;feedback…</translation>
    </message>
    <message>
        <source>The feedback form by email, after a held session</source>
        <translation>The feedback form by email, after a held session</translation>
    </message>
    <message>
        <source>Tell the participants</source>
        <translation>Tell the participants</translation>
    </message>
    <message>
        <source>The participants were invited to this session. Send them the change now?</source>
        <translation>The participants were invited to this session. Send them the change now?</translation>
    </message>
</context>
<context>
    <name>MailMenu</name>
    <message>
        <source>Emai&amp;l</source>
        <translation>Emai&amp;l</translation>
    </message>
    <message>
        <source>Send the &amp;welcome…</source>
        <translation>Send the &amp;welcome…</translation>
    </message>
    <message>
        <source>The programme’s welcome pack</source>
        <translation>The programme’s welcome pack</translation>
    </message>
    <message>
        <source>Send the &amp;invitations…</source>
        <translation>Send the &amp;invitations…</translation>
    </message>
    <message>
        <source>Calendar invitations for the sessions planned</source>
        <translation>Calendar invitations for the sessions planned</translation>
    </message>
    <message>
        <source>Ask for &amp;feedback…</source>
        <translation>Ask for &amp;feedback…</translation>
    </message>
    <message>
        <source>The feedback form after the held sessions</source>
        <translation>The feedback form after the held sessions</translation>
    </message>
    <message>
        <source>Send the &amp;end-of-programme questionnaire…</source>
        <translation>Send the &amp;end-of-programme questionnaire…</translation>
    </message>
    <message>
        <source>The end-of-programme questionnaire to every participant</source>
        <translation>The end-of-programme questionnaire to every participant</translation>
    </message>
    <message>
        <source>Send the &amp;certificates…</source>
        <translation>Send the &amp;certificates…</translation>
    </message>
    <message>
        <source>Each participant’s certificate</source>
        <translation>Each participant’s certificate</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Outbox…</translation>
    </message>
    <message>
        <source>Every message prepared or sent, and what failed</source>
        <translation>Every message prepared or sent, and what failed</translation>
    </message>
    <message>
        <source>Message &amp;texts…</source>
        <translation>Message &amp;texts…</translation>
    </message>
    <message>
        <source>The subject and text of each message</source>
        <translation>The subject and text of each message</translation>
    </message>
    <message>
        <source>Email &amp;settings…</source>
        <translation>Email &amp;settings…</translation>
    </message>
    <message>
        <source>How messages are sent, and from whom</source>
        <translation>How messages are sent, and from whom</translation>
    </message>
    <message>
        <source>Open the outbox to retry them</source>
        <translation>Open the outbox to retry them</translation>
    </message>
    <message numerus="yes">
        <source>%n messages failed</source>
        <translation><numerusform>%n messages failed</numerusform>
            <numerusform>%n messages failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailPlaceholder</name>
    <message>
        <source>the recipient's first name</source>
        <translation>the recipient's first name</translation>
    </message>
    <message>
        <source>the recipient's last name</source>
        <translation>the recipient's last name</translation>
    </message>
    <message>
        <source>the recipient's full name</source>
        <translation>the recipient's full name</translation>
    </message>
    <message>
        <source>the other person of the pair</source>
        <translation>the other person of the pair</translation>
    </message>
    <message>
        <source>the programme's name</source>
        <translation>the programme's name</translation>
    </message>
    <message>
        <source>the session's date</source>
        <translation>the session's date</translation>
    </message>
    <message>
        <source>the session's start time</source>
        <translation>the session's start time</translation>
    </message>
    <message>
        <source>the session's place or video link</source>
        <translation>the session's place or video link</translation>
    </message>
    <message>
        <source>your name, as Settings › Email gives it</source>
        <translation>your name, as Settings › Email gives it</translation>
    </message>
    <message>
        <source>the company's name</source>
        <translation>the company's name</translation>
    </message>
</context>
<context>
    <name>MailPreviewModel</name>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MailSettingsPage</name>
    <message>
        <source>Prepare d&amp;rafts that my mail program opens</source>
        <translation>Prepare d&amp;rafts that my mail program opens</translation>
    </message>
    <message>
        <source>Send through the company’s S&amp;MTP server</source>
        <translation>Send through the company’s S&amp;MTP server</translation>
    </message>
    <message>
        <source>Each message becomes an .eml file: open it, check it and send it yourself</source>
        <translation>Each message becomes an .eml file: open it, check it and send it yourself</translation>
    </message>
    <message>
        <source>Mentorat sends the messages itself</source>
        <translation>Mentorat sends the messages itself</translation>
    </message>
    <message>
        <source>How to send:</source>
        <translation>How to send:</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>Sender &amp;name:</translation>
    </message>
    <message>
        <source>The name the participants see, for example: Claire, RH</source>
        <translation>The name the participants see, for example: Claire, RH</translation>
    </message>
    <message>
        <source>Sender a&amp;ddress:</source>
        <translation>Sender a&amp;ddress:</translation>
    </message>
    <message>
        <source>The address the messages come from and replies go to</source>
        <translation>The address the messages come from and replies go to</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>The SMTP server’s name, for example: smtp.office365.com</source>
        <translation>The SMTP server’s name, for example: smtp.office365.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Usually 587 with STARTTLS, 465 with TLS</source>
        <translation>Usually 587 with STARTTLS, 465 with TLS</translation>
    </message>
    <message>
        <source>STARTTLS (recommended)</source>
        <translation>STARTTLS (recommended)</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS from the start</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>None (not encrypted)</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Securit&amp;y:</translation>
    </message>
    <message>
        <source>How the connection to the server is protected</source>
        <translation>How the connection to the server is protected</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Often the sender address; leave empty if the server needs no sign-in</source>
        <translation>Often the sender address; leave empty if the server needs no sign-in</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Kept in the system’s password store, never in the database</source>
        <translation>Kept in the system’s password store, never in the database</translation>
    </message>
    <message>
        <source>Drafts &amp;folder:</source>
        <translation>Drafts &amp;folder:</translation>
    </message>
    <message>
        <source>Where the drafts are written; empty: “Mentorat drafts” in your documents</source>
        <translation>Where the drafts are written; empty: “Mentorat drafts” in your documents</translation>
    </message>
    <message>
        <source>Send a &amp;test email…</source>
        <translation>Send a &amp;test email…</translation>
    </message>
    <message>
        <source>Saves these settings, then sends a short message</source>
        <translation>Saves these settings, then sends a short message</translation>
    </message>
    <message>
        <source>Message te&amp;xts…</source>
        <translation>Message te&amp;xts…</translation>
    </message>
    <message>
        <source>The subject and text of each kind of message, in French and English</source>
        <translation>The subject and text of each kind of message, in French and English</translation>
    </message>
    <message>
        <source>Mentorat drafts, in your documents</source>
        <translation>Mentorat drafts, in your documents</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose the folder for the drafts</source>
        <translation>Choose the folder for the drafts</translation>
    </message>
    <message>
        <source>Saved (type to replace it)</source>
        <translation>Saved (type to replace it)</translation>
    </message>
    <message>
        <source>Folder for the drafts</source>
        <translation>Folder for the drafts</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Test message</translation>
    </message>
    <message>
        <source>Send a test message to:</source>
        <translation>Send a test message to:</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
</context>
<context>
    <name>MailTemplate</name>
    <message>
        <source>Mentoring session on {date} at {time}</source>
        <translation>Mentoring session on {date} at {time}</translation>
    </message>
    <message>
        <source>Hello {first_name},

You are invited to your mentoring session with {partner} on {date} at {time}.
Place: {place}

The agenda is attached. The invitation puts the session in your calendar: accept it to keep it there.

See you soon,
{coordinator}</source>
        <translation>Hello {first_name},

You are invited to your mentoring session with {partner} on {date} at {time}.
Place: {place}

The agenda is attached. The invitation puts the session in your calendar: accept it to keep it there.

See you soon,
{coordinator}</translation>
    </message>
    <message>
        <source>Cancelled: mentoring session on {date} at {time}</source>
        <translation>Cancelled: mentoring session on {date} at {time}</translation>
    </message>
    <message>
        <source>Hello {first_name},

Your mentoring session with {partner} on {date} at {time} is cancelled. This message takes it out of your calendar.

Best regards,
{coordinator}</source>
        <translation>Hello {first_name},

Your mentoring session with {partner} on {date} at {time} is cancelled. This message takes it out of your calendar.

Best regards,
{coordinator}</translation>
    </message>
    <message>
        <source>Welcome to the programme {programme}</source>
        <translation>Welcome to the programme {programme}</translation>
    </message>
    <message>
        <source>Hello {first_name},

Welcome to the mentoring programme {programme}. You will work with {partner}.

Attached are the programme's charter and a short questionnaire about your skills: please fill it in with your PDF reader, save it and send it back to me by replying to this message.

Best regards,
{coordinator}</source>
        <translation>Hello {first_name},

Welcome to the mentoring programme {programme}. You will work with {partner}.

Attached are the programme's charter and a short questionnaire about your skills: please fill it in with your PDF reader, save it and send it back to me by replying to this message.

Best regards,
{coordinator}</translation>
    </message>
    <message>
        <source>Your session of {date}: a few questions</source>
        <translation>Your session of {date}: a few questions</translation>
    </message>
    <message>
        <source>Hello {first_name},

Thank you for your session with {partner} on {date}. Could you take two minutes to fill in the attached form with your PDF reader, save it and send it back to me by replying to this message?

Thank you,
{coordinator}</source>
        <translation>Hello {first_name},

Thank you for your session with {partner} on {date}. Could you take two minutes to fill in the attached form with your PDF reader, save it and send it back to me by replying to this message?

Thank you,
{coordinator}</translation>
    </message>
    <message>
        <source>End of the programme {programme}</source>
        <translation>End of the programme {programme}</translation>
    </message>
    <message>
        <source>Hello {first_name},

The programme {programme} is coming to an end: thank you for taking part. The attached questionnaire lets you say what you learned: please fill it in with your PDF reader, save it and send it back to me by replying to this message.

Best regards,
{coordinator}</source>
        <translation>Hello {first_name},

The programme {programme} is coming to an end: thank you for taking part. The attached questionnaire lets you say what you learned: please fill it in with your PDF reader, save it and send it back to me by replying to this message.

Best regards,
{coordinator}</translation>
    </message>
    <message>
        <source>Your certificate for the programme {programme}</source>
        <translation>Your certificate for the programme {programme}</translation>
    </message>
    <message>
        <source>Hello {first_name},

Please find attached your certificate of participation in the mentoring programme {programme}. Congratulations, and thank you for your commitment.

Best regards,
{coordinator}</source>
        <translation>Hello {first_name},

Please find attached your certificate of participation in the mentoring programme {programme}. Congratulations, and thank you for your commitment.

Best regards,
{coordinator}</translation>
    </message>
    <message>
        <source>Reverse mentoring 2026</source>
        <translation>Reverse mentoring 2026</translation>
    </message>
    <message>
        <source>Meeting room 2</source>
        <translation>Meeting room 2</translation>
    </message>
    <message>
        <source>The coordinator</source>
        <translation>The coordinator</translation>
    </message>
</context>
<context>
    <name>MailTemplatesDialog</name>
    <message>
        <source>Message texts</source>
        <translation>Message texts</translation>
    </message>
    <message>
        <source>The language the participants read</source>
        <translation>The language the participants read</translation>
    </message>
    <message>
        <source>Kinds of message</source>
        <translation>Kinds of message</translation>
    </message>
    <message>
        <source>Choose the message to edit</source>
        <translation>Choose the message to edit</translation>
    </message>
    <message>
        <source>The subject line; placeholders are allowed</source>
        <translation>The subject line; placeholders are allowed</translation>
    </message>
    <message>
        <source>The text of the message; placeholders are allowed</source>
        <translation>The text of the message; placeholders are allowed</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Placeholders</translation>
    </message>
    <message>
        <source>Click one (or press Enter) to put it where the cursor is</source>
        <translation>Click one (or press Enter) to put it where the cursor is</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>The message as a participant would read it</source>
        <translation>The message as a participant would read it</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Placeholders:</source>
        <translation>&amp;Placeholders:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Preview, with example values:</source>
        <translation>Preview, with example values:</translation>
    </message>
    <message>
        <source>&amp;Restore the built-in text</source>
        <translation>&amp;Restore the built-in text</translation>
    </message>
    <message>
        <source>Forget the changes made to this message’s text</source>
        <translation>Forget the changes made to this message’s text</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Your own text</source>
        <translation>Your own text</translation>
    </message>
    <message>
        <source>The built-in text</source>
        <translation>The built-in text</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
</context>
<context>
    <name>MailWords</name>
    <message>
        <source>Session invitations</source>
        <translation>Session invitations</translation>
    </message>
    <message>
        <source>Welcome to the programme</source>
        <translation>Welcome to the programme</translation>
    </message>
    <message>
        <source>Feedback request after a session</source>
        <translation>Feedback request after a session</translation>
    </message>
    <message>
        <source>End of the programme</source>
        <translation>End of the programme</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Session cancellation</source>
        <translation>Session cancellation</translation>
    </message>
    <message>
        <source>A calendar invitation per session, with its agenda attached</source>
        <translation>A calendar invitation per session, with its agenda attached</translation>
    </message>
    <message>
        <source>The programme’s charter and the skills questionnaire attached</source>
        <translation>The programme’s charter and the skills questionnaire attached</translation>
    </message>
    <message>
        <source>After a held session, the feedback form to fill in and send back</source>
        <translation>After a held session, the feedback form to fill in and send back</translation>
    </message>
    <message>
        <source>The end-of-programme questionnaire attached</source>
        <translation>The end-of-programme questionnaire attached</translation>
    </message>
    <message>
        <source>Each participant’s certificate attached</source>
        <translation>Each participant’s certificate attached</translation>
    </message>
    <message>
        <source>Goes with the invitations when a session is cancelled: nothing attached</source>
        <translation>Goes with the invitations when a session is cancelled: nothing attached</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>{title} ({shortcut})</source>
        <translation>{title} ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Load &amp;demo data</translation>
    </message>
    <message>
        <source>Participants’ f&amp;orms…</source>
        <translation>Participants’ f&amp;orms…</translation>
    </message>
    <message>
        <source>Fillable PDF forms to send to the participants</source>
        <translation>Fillable PDF forms to send to the participants</translation>
    </message>
    <message>
        <source>&amp;Import returned forms…</source>
        <translation>&amp;Import returned forms…</translation>
    </message>
    <message>
        <source>Read the forms the participants sent back and record their answers</source>
        <translation>Read the forms the participants sent back and record their answers</translation>
    </message>
    <message>
        <source>Shared se&amp;rver…</source>
        <translation>Shared se&amp;rver…</translation>
    </message>
    <message>
        <source>Keep the data on the company's PostgreSQL server</source>
        <translation>Keep the data on the company's PostgreSQL server</translation>
    </message>
    <message>
        <source>&amp;Copy the data to another database…</source>
        <translation>&amp;Copy the data to another database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>The guide's page about the view shown (F1)</source>
        <translation>The guide's page about the view shown (F1)</translation>
    </message>
    <message>
        <source>&amp;About Mentorat</source>
        <translation>&amp;About Mentorat</translation>
    </message>
    <message>
        <source>Shared server: {location} (backups are made by the server's administrator)</source>
        <translation>Shared server: {location} (backups are made by the server's administrator)</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <source>Shared server</source>
        <translation>Shared server</translation>
    </message>
    <message>
        <source>Mentorat opens the chosen database the next time it starts.</source>
        <translation>Mentorat opens the chosen database the next time it starts.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language applies the next time Mentorat starts.</source>
        <translation>The new language applies the next time Mentorat starts.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Demo data loaded.</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <source>Suggest pairs</source>
        <translation>Suggest pairs</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation>Reset weights</translation>
    </message>
    <message>
        <source>Back to the default weights</source>
        <translation>Back to the default weights</translation>
    </message>
    <message>
        <source>Match as many people as possible</source>
        <translation>Match as many people as possible</translation>
    </message>
    <message>
        <source>Most pairs first, then the best total score among those</source>
        <translation>Most pairs first, then the best total score among those</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>Find the best pairs with these weights</source>
        <translation>Find the best pairs with these weights</translation>
    </message>
    <message>
        <source>Proposed pairs</source>
        <translation>Proposed pairs</translation>
    </message>
    <message>
        <source>Press Run to see the best pairs for this programme.</source>
        <translation>Press Run to see the best pairs for this programme.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Keep this pair in every new run</source>
        <translation>Keep this pair in every new run</translation>
    </message>
    <message>
        <source>&amp;Forbid</source>
        <translation>&amp;Forbid</translation>
    </message>
    <message>
        <source>Never propose these two together, then re-run</source>
        <translation>Never propose these two together, then re-run</translation>
    </message>
    <message>
        <source>People left without a pair</source>
        <translation>People left without a pair</translation>
    </message>
    <message>
        <source>Left without a pair</source>
        <translation>Left without a pair</translation>
    </message>
    <message>
        <source>as proposed pairs</source>
        <translation>as proposed pairs</translation>
    </message>
    <message>
        <source>as active pairs</source>
        <translation>as active pairs</translation>
    </message>
    <message>
        <source>Proposed pairs still need your confirmation</source>
        <translation>Proposed pairs still need your confirmation</translation>
    </message>
    <message>
        <source>Create the pairs</source>
        <translation>Create the pairs</translation>
    </message>
    <message>
        <source>Cr&amp;eate them</source>
        <translation>Cr&amp;eate them</translation>
    </message>
    <message>
        <source>&amp;Create the ticked pairs</source>
        <translation>&amp;Create the ticked pairs</translation>
    </message>
    <message>
        <source>Create the pairs whose Accept box is ticked</source>
        <translation>Create the pairs whose Accept box is ticked</translation>
    </message>
    <message>
        <source>Create &amp;all</source>
        <translation>Create &amp;all</translation>
    </message>
    <message>
        <source>Create every proposed pair</source>
        <translation>Create every proposed pair</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Looking for the best pairs…</source>
        <translation>Looking for the best pairs…</translation>
    </message>
    <message>
        <source>&amp;Stop and show the best found</source>
        <translation>&amp;Stop and show the best found</translation>
    </message>
    <message>
        <source>Search stopped: no pair proposed. Run it again.</source>
        <translation>Search stopped: no pair proposed. Run it again.</translation>
    </message>
    <message>
        <source>This programme has fewer than two participants: choose them first (Participants… in the Pairs view).</source>
        <translation>This programme has fewer than two participants: choose them first (Participants… in the Pairs view).</translation>
    </message>
    <message>
        <source>No pair to propose: record what participants can teach and want to learn, or change the weights.</source>
        <translation>No pair to propose: record what participants can teach and want to learn, or change the weights.</translation>
    </message>
    <message>
        <source>{pairs} among {people}, total score {total}. Select a pair to see its score in detail.</source>
        <translation>{pairs} among {people}, total score {total}. Select a pair to see its score in detail.</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs proposed</source>
        <translation><numerusform>%n pair proposed</numerusform>
            <numerusform>%n pairs proposed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation><numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Un&amp;lock</translation>
    </message>
    <message>
        <source>Tick at least one pair to create.</source>
        <translation>Tick at least one pair to create.</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <source>Skills taught</source>
        <translation>Skills taught</translation>
    </message>
    <message>
        <source>Taught back</source>
        <translation>Taught back</translation>
    </message>
    <message>
        <source>Reverse generation gap</source>
        <translation>Reverse generation gap</translation>
    </message>
    <message>
        <source>Different departments</source>
        <translation>Different departments</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>Penalties</translation>
    </message>
    <message>
        <source>The mentor's level in the skills the mentee wants to learn</source>
        <translation>The mentor's level in the skills the mentee wants to learn</translation>
    </message>
    <message>
        <source>What the mentee can teach the mentor in return</source>
        <translation>What the mentee can teach the mentor in return</translation>
    </message>
    <message>
        <source>The mentor is younger (or newer in the company) than the mentee</source>
        <translation>The mentor is younger (or newer in the company) than the mentee</translation>
    </message>
    <message>
        <source>The two work in different departments</source>
        <translation>The two work in different departments</translation>
    </message>
    <message>
        <source>Deducted for a skip-level reporting line or a mentor below advanced level</source>
        <translation>Deducted for a skip-level reporting line or a mentor below advanced level</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <source>{name} ({age}, {department})</source>
        <translation>{name} ({age}, {department})</translation>
    </message>
    <message>
        <source>{name} ({age})</source>
        <translation>{name} ({age})</translation>
    </message>
    <message>
        <source>{name} ({department})</source>
        <translation>{name} ({department})</translation>
    </message>
    <message>
        <source>{mentor} and {mentee}, kept together as you asked.</source>
        <translation>{mentor} and {mentee}, kept together as you asked.</translation>
    </message>
    <message>
        <source>{mentor} teaches {skills}, at {level} level, to {mentee}, who teaches back {back}.</source>
        <translation>{mentor} teaches {skills}, at {level} level, to {mentee}, who teaches back {back}.</translation>
    </message>
    <message>
        <source>{mentor} teaches {skills}, at {level} level, to {mentee}.</source>
        <translation>{mentor} teaches {skills}, at {level} level, to {mentee}.</translation>
    </message>
    <message numerus="yes">
        <source>The mentor is %n years younger.</source>
        <translation><numerusform>The mentor is %n year younger.</numerusform><numerusform>The mentor is %n years younger.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The mentor is %n years older: classic mentoring.</source>
        <translation><numerusform>The mentor is %n year older: classic mentoring.</numerusform><numerusform>The mentor is %n years older: classic mentoring.</numerusform></translation>
    </message>
    <message>
        <source>Two departments meet.</source>
        <translation>Two departments meet.</translation>
    </message>
    <message>
        <source>Same management chain, two levels apart.</source>
        <translation>Same management chain, two levels apart.</translation>
    </message>
    <message>
        <source>The mentor is not yet advanced in it: {name} should know.</source>
        <translation>The mentor is not yet advanced in it: {name} should know.</translation>
    </message>
    <message>
        <source>No skill recorded as taught or wanted: complete their profile.</source>
        <translation>No skill recorded as taught or wanted: complete their profile.</translation>
    </message>
    <message>
        <source>Nobody in the programme teaches what they want, nor wants what they teach.</source>
        <translation>Nobody in the programme teaches what they want, nor wants what they teach.</translation>
    </message>
    <message>
        <source>Every possible partner is excluded: reporting line, forbidden, or paired before.</source>
        <translation>Every possible partner is excluded: reporting line, forbidden, or paired before.</translation>
    </message>
    <message>
        <source>Their possible partners are taken by better pairs or have no place left.</source>
        <translation>Their possible partners are taken by better pairs or have no place left.</translation>
    </message>
    <message>
        <source>Every possible pair scores zero or less with the current weights.</source>
        <translation>Every possible pair scores zero or less with the current weights.</translation>
    </message>
    <message>
        <source>a person cannot be paired with themselves</source>
        <translation>a person cannot be paired with themselves</translation>
    </message>
    <message>
        <source>they are manager and direct report</source>
        <translation>they are manager and direct report</translation>
    </message>
    <message>
        <source>you forbade this pair</source>
        <translation>you forbade this pair</translation>
    </message>
    <message>
        <source>they were a pair in the previous programme</source>
        <translation>they were a pair in the previous programme</translation>
    </message>
    <message>
        <source>they already form a pair</source>
        <translation>they already form a pair</translation>
    </message>
    <message>
        <source>one of them does not take part</source>
        <translation>one of them does not take part</translation>
    </message>
    <message>
        <source>the mentee already has a mentor</source>
        <translation>the mentee already has a mentor</translation>
    </message>
    <message>
        <source>the mentor has no place left</source>
        <translation>the mentor has no place left</translation>
    </message>
    <message numerus="yes">
        <source>Still searching: %n branches looked at, within {gap} % of the best possible.</source>
        <translation><numerusform>Still searching: %n branches looked at, within {gap} % of the best possible.</numerusform><numerusform>Still searching: %n branches looked at, within {gap} % of the best possible.</numerusform></translation>
    </message>
    <message>
        <source>Search stopped: these are the best pairs found so far; Run searches to the end.</source>
        <translation>Search stopped: these are the best pairs found so far; Run searches to the end.</translation>
    </message>
    <message>
        <source>Search stopped: these are the best pairs found so far, at most {gap} % below the best possible; Run searches to the end.</source>
        <translation>Search stopped: these are the best pairs found so far, at most {gap} % below the best possible; Run searches to the end.</translation>
    </message>
    <message>
        <source>The locked pair {mentor} → {mentee} cannot be kept: {rule}.</source>
        <translation>The locked pair {mentor} → {mentee} cannot be kept: {rule}.</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <source>T</source>
        <comment>can teach</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>L</source>
        <comment>wants to learn</comment>
        <translation>L</translation>
    </message>
</context>
<context>
    <name>MoveSessionDialog</name>
    <message>
        <source>Move the session</source>
        <translation>Move the session</translation>
    </message>
    <message>
        <source>New day of the session</source>
        <translation>New day of the session</translation>
    </message>
    <message>
        <source>New local time</source>
        <translation>New local time</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length of the session</source>
        <translation>Length of the session</translation>
    </message>
    <message>
        <source>Meeting room, address or video link</source>
        <translation>Meeting room, address or video link</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Length:</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>Pla&amp;ce:</translation>
    </message>
</context>
<context>
    <name>NextStepHint</name>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Hide this line</source>
        <translation>Hide this line</translation>
    </message>
    <message>
        <source>The pairs are made. Next: welcome them, with the charter and the skills questionnaire.</source>
        <translation>The pairs are made. Next: welcome them, with the charter and the skills questionnaire.</translation>
    </message>
    <message>
        <source>Send the &amp;welcome…</source>
        <translation>Send the &amp;welcome…</translation>
    </message>
    <message>
        <source>The sessions are planned. Next: invite the participants to them.</source>
        <translation>The sessions are planned. Next: invite the participants to them.</translation>
    </message>
    <message>
        <source>Send the in&amp;vitations…</source>
        <translation>Send the in&amp;vitations…</translation>
    </message>
</context>
<context>
    <name>NoticeArea</name>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Take a backup of the database now</source>
        <translation>Take a backup of the database now</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <source>Open the personal data dialog to anonymise them</source>
        <translation>Open the personal data dialog to anonymise them</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>This database has never been backed up. Back it up now.</source>
        <translation>This database has never been backed up. Back it up now.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup is %n days old: back up now, ideally to a USB key.</source>
        <translation><numerusform>The last backup is %n day old: back up now, ideally to a USB key.</numerusform><numerusform>The last backup is %n days old: back up now, ideally to a USB key.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation><numerusform>{names} and %n more</numerusform><numerusform>{names} and %n more</numerusform></translation>
    </message>
    <message>
        <source>Archived longer than the retention period allows: {names}. Anonymise them.</source>
        <translation>Archived longer than the retention period allows: {names}. Anonymise them.</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Every message prepared or sent, newest first</source>
        <translation>Every message prepared or sent, newest first</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Send or prepare the selected messages again</source>
        <translation>Send or prepare the selected messages again</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Do not send the selected messages</source>
        <translation>Do not send the selected messages</translation>
    </message>
    <message>
        <source>&amp;Open draft</source>
        <translation>&amp;Open draft</translation>
    </message>
    <message>
        <source>Open the draft in your mail program</source>
        <translation>Open the draft in your mail program</translation>
    </message>
    <message>
        <source>&amp;Write it in my mail program</source>
        <translation>&amp;Write it in my mail program</translation>
    </message>
    <message>
        <source>A new message with this recipient, subject and text, where no draft opens; add the attachments by hand</source>
        <translation>A new message with this recipient, subject and text, where no draft opens; add the attachments by hand</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No message yet: what you send by email shows here.</source>
        <translation>No message yet: what you send by email shows here.</translation>
    </message>
    <message numerus="yes">
        <source>%n messages.</source>
        <translation><numerusform>%n messages.</numerusform>
            <numerusform>%n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation><numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting.</source>
        <translation><numerusform>%n waiting.</numerusform>
            <numerusform>%n waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the messages again…</source>
        <translation>Sending the messages again…</translation>
    </message>
    <message numerus="yes">
        <source>%n messages sent.</source>
        <translation><numerusform>%n messages sent.</numerusform>
            <numerusform>%n messages sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts ready.</source>
        <translation><numerusform>%n drafts ready.</numerusform>
            <numerusform>%n drafts ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages failed again.</source>
        <translation><numerusform>%n messages failed again.</numerusform>
            <numerusform>%n messages failed again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft “%1” is no longer there.</source>
        <translation>The draft “%1” is no longer there.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Draft ready</source>
        <translation>Draft ready</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Discarded</translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <source>Edit the pair</source>
        <translation>Edit the pair</translation>
    </message>
    <message>
        <source>New pair</source>
        <translation>New pair</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor:</translation>
    </message>
    <message>
        <source>The one who teaches; only the programme's participants are listed</source>
        <translation>The one who teaches; only the programme's participants are listed</translation>
    </message>
    <message>
        <source>Mente&amp;e:</source>
        <translation>Mente&amp;e:</translation>
    </message>
    <message>
        <source>The one who learns</source>
        <translation>The one who learns</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Goals:</translation>
    </message>
    <message>
        <source>What the pair wants to achieve</source>
        <translation>What the pair wants to achieve</translation>
    </message>
    <message>
        <source>&amp;Taught by the mentor:</source>
        <translation>&amp;Taught by the mentor:</translation>
    </message>
    <message>
        <source>Tick the skills the mentor teaches in this pair</source>
        <translation>Tick the skills the mentor teaches in this pair</translation>
    </message>
    <message>
        <source>Taught &amp;back:</source>
        <translation>Taught &amp;back:</translation>
    </message>
    <message>
        <source>Tick the skills the mentee teaches back: the pair becomes reciprocal</source>
        <translation>Tick the skills the mentee teaches back: the pair becomes reciprocal</translation>
    </message>
    <message>
        <source>The mentee teaches something back</source>
        <translation>The mentee teaches something back</translation>
    </message>
    <message>
        <source>&amp;Reciprocal:</source>
        <translation>&amp;Reciprocal:</translation>
    </message>
    <message>
        <source>Set automatically when a skill is taught back</source>
        <translation>Set automatically when a skill is taught back</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Proposed, then active; completed at the end, or stopped with a reason</source>
        <translation>Proposed, then active; completed at the end, or stopped with a reason</translation>
    </message>
    <message>
        <source>Reason for stopp&amp;ing:</source>
        <translation>Reason for stopp&amp;ing:</translation>
    </message>
    <message>
        <source>Needed when the pair stops</source>
        <translation>Needed when the pair stops</translation>
    </message>
    <message>
        <source>Choose a participant.</source>
        <translation>Choose a participant.</translation>
    </message>
</context>
<context>
    <name>PairsTableModel</name>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Focus skills</source>
        <translation>Focus skills</translation>
    </message>
    <message>
        <source>Reciprocal</source>
        <translation>Reciprocal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Last session</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Next session</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>The one who teaches</source>
        <translation>The one who teaches</translation>
    </message>
    <message>
        <source>The one who learns (and may teach back)</source>
        <translation>The one who learns (and may teach back)</translation>
    </message>
    <message>
        <source>→ taught by the mentor, ← taught back by the mentee</source>
        <translation>→ taught by the mentor, ← taught back by the mentee</translation>
    </message>
    <message>
        <source>The mentee teaches something back</source>
        <translation>The mentee teaches something back</translation>
    </message>
    <message>
        <source>Proposed, active, completed or stopped</source>
        <translation>Proposed, active, completed or stopped</translation>
    </message>
    <message>
        <source>Sessions held so far / sessions planned from today</source>
        <translation>Sessions held so far / sessions planned from today</translation>
    </message>
    <message>
        <source>Date of the last held session</source>
        <translation>Date of the last held session</translation>
    </message>
    <message>
        <source>Date of the next planned session</source>
        <translation>Date of the next planned session</translation>
    </message>
    <message>
        <source>From the days since the last held session against the programme's rhythm</source>
        <translation>From the days since the last held session against the programme's rhythm</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stalled</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <source>%n days since the last held session</source>
        <translation><numerusform>%n day since the last held session</numerusform>
            <numerusform>%n days since the last held session</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairsView</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>The programme whose pairs are shown</source>
        <translation>The programme whose pairs are shown</translation>
    </message>
    <message>
        <source>New programme…</source>
        <translation>New programme…</translation>
    </message>
    <message>
        <source>Create a programme (cohort)</source>
        <translation>Create a programme (cohort)</translation>
    </message>
    <message>
        <source>Edit programme…</source>
        <translation>Edit programme…</translation>
    </message>
    <message>
        <source>Dates, rhythm, capacity, charter</source>
        <translation>Dates, rhythm, capacity, charter</translation>
    </message>
    <message>
        <source>Participants…</source>
        <translation>Participants…</translation>
    </message>
    <message>
        <source>Choose who takes part in the programme</source>
        <translation>Choose who takes part in the programme</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The programme begins: draft → running</source>
        <translation>The programme begins: draft → running</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>End the programme, after the end-of-programme assessments</source>
        <translation>End the programme, after the end-of-programme assessments</translation>
    </message>
    <message>
        <source>Suggest pairs…</source>
        <translation>Suggest pairs…</translation>
    </message>
    <message>
        <source>The matcher proposes the best pairs among the participants, with reasons</source>
        <translation>The matcher proposes the best pairs among the participants, with reasons</translation>
    </message>
    <message>
        <source>New pair…</source>
        <translation>New pair…</translation>
    </message>
    <message>
        <source>Form a pair by hand</source>
        <translation>Form a pair by hand</translation>
    </message>
    <message>
        <source>Edit pair…</source>
        <translation>Edit pair…</translation>
    </message>
    <message>
        <source>Goals, focus skills and status of the selected pair</source>
        <translation>Goals, focus skills and status of the selected pair</translation>
    </message>
    <message>
        <source>Charter…</source>
        <translation>Charter…</translation>
    </message>
    <message>
        <source>The selected pair's charter with signature blocks, in Documents</source>
        <translation>The selected pair's charter with signature blocks, in Documents</translation>
    </message>
    <message>
        <source>Plan the programme…</source>
        <translation>Plan the programme…</translation>
    </message>
    <message>
        <source>Plan a series for every active pair that has no session to come, at once</source>
        <translation>Plan a series for every active pair that has no session to come, at once</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Send this pair’s &amp;invitations…</source>
        <translation>Send this pair’s &amp;invitations…</translation>
    </message>
    <message>
        <source>Calendar invitations by email for its sessions</source>
        <translation>Calendar invitations by email for its sessions</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>{pairs}, {active}, {late}</source>
        <translation>{pairs}, {active}, {late}</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs</source>
        <translation><numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation><numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late or stalled</source>
        <translation><numerusform>%n late or stalled</numerusform>
            <numerusform>%n late or stalled</numerusform>
        </translation>
    </message>
    <message>
        <source>{status} · {rhythm} · {capacity}</source>
        <translation>{status} · {rhythm} · {capacity}</translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation><numerusform>every week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n mentees per mentor</source>
        <translation><numerusform>up to %n mentee per mentor</numerusform>
            <numerusform>up to %n mentees per mentor</numerusform>
        </translation>
    </message>
    <message>
        <source>No programme yet. Create one with “New programme…”, choose its participants, then let “Suggest pairs…” form the pairs.</source>
        <translation>No programme yet. Create one with “New programme…”, choose its participants, then let “Suggest pairs…” form the pairs.</translation>
    </message>
    <message>
        <source>No pair in this programme yet. Choose the participants, then “Suggest pairs…” proposes the best pairs with the reasons, or form one with “New pair…”.</source>
        <translation>No pair in this programme yet. Choose the participants, then “Suggest pairs…” proposes the best pairs with the reasons, or form one with “New pair…”.</translation>
    </message>
    <message>
        <source>Start the programme</source>
        <translation>Start the programme</translation>
    </message>
    <message>
        <source>Edit the pair</source>
        <translation>Edit the pair</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Participants of the programme</source>
        <translation>Participants of the programme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Can teach</source>
        <translation>Can teach</translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation>Wants to learn</translation>
    </message>
    <message>
        <source>Search a name, a department or a skill</source>
        <translation>Search a name, a department or a skill</translation>
    </message>
    <message>
        <source>Shows the people whose name, department or skills match</source>
        <translation>Shows the people whose name, department or skills match</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Show one department only</source>
        <translation>Show one department only</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>All skills</translation>
    </message>
    <message>
        <source>Show the people who can teach or want to learn this skill</source>
        <translation>Show the people who can teach or want to learn this skill</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>All generations</source>
        <translation>All generations</translation>
    </message>
    <message>
        <source>Show one generation only</source>
        <translation>Show one generation only</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Space ticks the selected rows; Ctrl+A selects every row shown</source>
        <translation>Space ticks the selected rows; Ctrl+A selects every row shown</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>&amp;Staff:</translation>
    </message>
    <message>
        <source>&amp;Tick all shown</source>
        <translation>&amp;Tick all shown</translation>
    </message>
    <message>
        <source>Tick every person the filters show (everyone when no filter is set)</source>
        <translation>Tick every person the filters show (everyone when no filter is set)</translation>
    </message>
    <message>
        <source>&amp;Untick all shown</source>
        <translation>&amp;Untick all shown</translation>
    </message>
    <message>
        <source>Untick every person the filters show</source>
        <translation>Untick every person the filters show</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>&amp;Invert</translation>
    </message>
    <message>
        <source>Tick those shown who are not ticked, untick the others</source>
        <translation>Tick those shown who are not ticked, untick the others</translation>
    </message>
    <message>
        <source>Tick the people who take part. The matcher forms pairs among them only.</source>
        <translation>Tick the people who take part. The matcher forms pairs among them only.</translation>
    </message>
    <message numerus="yes">
        <source>%n participants chosen</source>
        <translation><numerusform>%n participant chosen</numerusform>
            <numerusform>%n participants chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Document preview</source>
        <translation>Document preview</translation>
    </message>
</context>
<context>
    <name>PersonData</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposed</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Hire date</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Archived on</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <source>Ratings: mentor {mentor}/5, mentee {mentee}/5</source>
        <translation>Ratings: mentor {mentor}/5, mentee {mentee}/5</translation>
    </message>
    <message>
        <source>Confidential notes: {notes}</source>
        <translation>Confidential notes: {notes}</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentee</translation>
    </message>
    <message>
        <source>{programme}: {role}, with {other}</source>
        <translation>{programme}: {role}, with {other}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>End reason</translation>
    </message>
    <message>
        <source>Focus skills</source>
        <translation>Focus skills</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Personal data held by Mentorat</source>
        <translation>Personal data held by Mentorat</translation>
    </message>
    <message>
        <source>{name} — as of {date}</source>
        <translation>{name} — as of {date}</translation>
    </message>
    <message>
        <source>This document lists everything the Mentorat application of {organisation} holds about {name}. The same data comes in a machine-readable file (JSON).</source>
        <translation>This document lists everything the Mentorat application of {organisation} holds about {name}. The same data comes in a machine-readable file (JSON).</translation>
    </message>
    <message>
        <source>Confidential session notes are not included: they concern both participants. Ask the coordinator if you wish to see them.</source>
        <translation>Confidential session notes are not included: they concern both participants. Ask the coordinator if you wish to see them.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Can teach</source>
        <translation>Can teach</translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation>Wants to learn</translation>
    </message>
    <message>
        <source>Skill assessments</source>
        <translation>Skill assessments</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Pairs and sessions</source>
        <translation>Pairs and sessions</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>End-of-programme answers</source>
        <translation>End-of-programme answers</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Messages sent by email</source>
        <translation>Messages sent by email</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Prepared on</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>draft written</source>
        <translation>draft written</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>discarded</translation>
    </message>
</context>
<context>
    <name>PersonDetailPane</name>
    <message>
        <source>Selected person</source>
        <translation>Selected person</translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation>Select a person to see their details.</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Job title:</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Manager:</translation>
    </message>
    <message>
        <source>Generation:</source>
        <translation>Generation:</translation>
    </message>
    <message>
        <source>Hire date:</source>
        <translation>Hire date:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Edi&amp;t…</translation>
    </message>
    <message>
        <source>Change this person's details (Enter in the table)</source>
        <translation>Change this person's details (Enter in the table)</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archive…</translation>
    </message>
    <message>
        <source>&amp;Certificate…</source>
        <translation>&amp;Certificate…</translation>
    </message>
    <message>
        <source>This person's certificate, in Documents</source>
        <translation>This person's certificate, in Documents</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Skills of the selected person</source>
        <translation>Skills of the selected person</translation>
    </message>
    <message>
        <source>F2 or a digit changes the level; Space ticks can teach / wants to learn</source>
        <translation>F2 or a digit changes the level; Space ticks can teach / wants to learn</translation>
    </message>
    <message>
        <source>Skill to add</source>
        <translation>Skill to add</translation>
    </message>
    <message>
        <source>Choose a skill to add to this person's profile</source>
        <translation>Choose a skill to add to this person's profile</translation>
    </message>
    <message>
        <source>Add s&amp;kill</source>
        <translation>Add s&amp;kill</translation>
    </message>
    <message>
        <source>Add the chosen skill at level 0</source>
        <translation>Add the chosen skill at level 0</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected skill from the profile</source>
        <translation>Remove the selected skill from the profile</translation>
    </message>
    <message>
        <source>The skills catalogue is empty: create the skills in the Skills view first.</source>
        <translation>The skills catalogue is empty: create the skills in the Skills view first.</translation>
    </message>
    <message>
        <source>Go to Skills</source>
        <translation>Go to Skills</translation>
    </message>
    <message>
        <source>Create the categories and skills to record</source>
        <translation>Create the categories and skills to record</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>{band} (born in {year})</source>
        <translation>{band} (born in {year})</translation>
    </message>
    <message>
        <source>{date} ({seniority})</source>
        <translation>{date} ({seniority})</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Un&amp;archive</translation>
    </message>
    <message>
        <source>Bring this person back to the active staff</source>
        <translation>Bring this person back to the active staff</translation>
    </message>
    <message>
        <source>Archive this person: they leave the lists, their history stays</source>
        <translation>Archive this person: they leave the lists, their history stays</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposed</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>No pair yet.</source>
        <translation>No pair yet.</translation>
    </message>
    <message>
        <source>mentor of {name}</source>
        <translation>mentor of {name}</translation>
    </message>
    <message>
        <source>mentee of {name}</source>
        <translation>mentee of {name}</translation>
    </message>
    <message>
        <source>{programme}: {role} — {status}</source>
        <translation>{programme}: {role} — {status}</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>No session yet.</source>
        <translation>No session yet.</translation>
    </message>
    <message>
        <source>{date} with {name} — {status}</source>
        <translation>{date} with {name} — {status}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>This skill is already in the profile.</source>
        <translation>This skill is already in the profile.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit a person</source>
        <translation>Edit a person</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>The person's first name</source>
        <translation>The person's first name</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>The person's last name</source>
        <translation>The person's last name</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Optional; two people cannot share one</source>
        <translation>Optional; two people cannot share one</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <source>For example: Chargée de communication</source>
        <translation>For example: Chargée de communication</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>Choose a department or type a new one</source>
        <translation>Choose a department or type a new one</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Manager:</translation>
    </message>
    <message>
        <source>Kept out of the same pair as this person</source>
        <translation>Kept out of the same pair as this person</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Birth year:</translation>
    </message>
    <message>
        <source>Optional; only the generation band is shown</source>
        <translation>Optional; only the generation band is shown</translation>
    </message>
    <message>
        <source>&amp;Hire date:</source>
        <translation>&amp;Hire date:</translation>
    </message>
    <message>
        <source>Optional; gives the seniority</source>
        <translation>Optional; gives the seniority</translation>
    </message>
</context>
<context>
    <name>PersonSkillsModel</name>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Teaches</source>
        <translation>Teaches</translation>
    </message>
    <message>
        <source>Learns</source>
        <translation>Learns</translation>
    </message>
    <message>
        <source>The skill (its category in the tooltip)</source>
        <translation>The skill (its category in the tooltip)</translation>
    </message>
    <message>
        <source>The skill's category</source>
        <translation>The skill's category</translation>
    </message>
    <message>
        <source>Level from 0 (none) to 4 (expert)</source>
        <translation>Level from 0 (none) to 4 (expert)</translation>
    </message>
    <message>
        <source>Can teach this skill</source>
        <translation>Can teach this skill</translation>
    </message>
    <message>
        <source>Wants to learn this skill</source>
        <translation>Wants to learn this skill</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>For a request from an employee (right of access), export everything the app holds about them. For someone who left, anonymise them: the statistics stay.</source>
        <translation>For a request from an employee (right of access), export everything the app holds about them. For someone who left, anonymise them: the statistics stay.</translation>
    </message>
    <message>
        <source>Search a name…</source>
        <translation>Search a name…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Filter the list by name</source>
        <translation>Filter the list by name</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Include confidential session notes</source>
        <translation>Include confidential session notes</translation>
    </message>
    <message>
        <source>They concern the other participant too: read them before sending</source>
        <translation>They concern the other participant too: read them before sending</translation>
    </message>
    <message>
        <source>&amp;Export their data…</source>
        <translation>&amp;Export their data…</translation>
    </message>
    <message>
        <source>A JSON file and a readable PDF, in a folder</source>
        <translation>A JSON file and a readable PDF, in a folder</translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonymise…</translation>
    </message>
    <message>
        <source>Erase who they are, keep the statistics</source>
        <translation>Erase who they are, keep the statistics</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymised</translation>
    </message>
    <message>
        <source>⚠ archived since {date}, past retention</source>
        <translation>⚠ archived since {date}, past retention</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation>Folder for the export</translation>
    </message>
    <message>
        <source>✔ Written: {json} and {pdf}</source>
        <translation>✔ Written: {json} and {pdf}</translation>
    </message>
    <message>
        <source>Anonymisation</source>
        <translation>Anonymisation</translation>
    </message>
    <message>
        <source>✔ Anonymised: now “{label}”.</source>
        <translation>✔ Anonymised: now “{label}”.</translation>
    </message>
</context>
<context>
    <name>PlanProgrammeDialog</name>
    <message>
        <source>Plan the programme</source>
        <translation>Plan the programme</translation>
    </message>
    <message>
        <source>The programme whose pairs get their sessions</source>
        <translation>The programme whose pairs get their sessions</translation>
    </message>
    <message>
        <source>P&amp;rogramme:</source>
        <translation>P&amp;rogramme:</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Meeting room, address or video link</source>
        <translation>Meeting room, address or video link</translation>
    </message>
    <message>
        <source>Where every pair meets; each session can be moved later</source>
        <translation>Where every pair meets; each session can be moved later</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <source>Series to plan, one row per pair</source>
        <translation>Series to plan, one row per pair</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>First session</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>&amp;Sessions of the selected pair:</source>
        <translation>&amp;Sessions of the selected pair:</translation>
    </message>
    <message>
        <source>Sessions of the selected pair</source>
        <translation>Sessions of the selected pair</translation>
    </message>
    <message>
        <source>&amp;Plan every series</source>
        <translation>&amp;Plan every series</translation>
    </message>
    <message>
        <source>Save every row's sessions at once</source>
        <translation>Save every row's sessions at once</translation>
    </message>
    <message>
        <source>No programme yet: create one in the Pairs view first.</source>
        <translation>No programme yet: create one in the Pairs view first.</translation>
    </message>
    <message>
        <source>This programme has no active pair yet. In the Pairs view, make its proposed pairs active (“Edit pair…”, then the status), or create them as active pairs from “Suggest pairs…”.</source>
        <translation>This programme has no active pair yet. In the Pairs view, make its proposed pairs active (“Edit pair…”, then the status), or create them as active pairs from “Suggest pairs…”.</translation>
    </message>
    <message>
        <source>Every active pair of this programme already has sessions to come. Make the proposed pairs active in the Pairs view, or plan one pair with “Plan sessions…”.</source>
        <translation>Every active pair of this programme already has sessions to come. Make the proposed pairs active in the Pairs view, or plan one pair with “Plan sessions…”.</translation>
    </message>
    <message numerus="yes">
        <source>%n active pairs have no session to come.</source>
        <translation><numerusform>%n active pair has no session to come.</numerusform>
            <numerusform>%n active pairs have no session to come.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each gets a series every %n weeks until the programme's end, on a weekday and at a time where neither person meets anyone else. Change any row before planning.</source>
        <translation><numerusform>Each gets a weekly series until the programme's end, on a weekday and at a time where neither person meets anyone else. Change any row before planning.</numerusform>
            <numerusform>Each gets a series every %n weeks until the programme's end, on a weekday and at a time where neither person meets anyone else. Change any row before planning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pairs already have sessions to come and are left as they are.</source>
        <translation><numerusform>%n pair already has sessions to come and is left as it is.</numerusform>
            <numerusform>%n pairs already have sessions to come and are left as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekday of {pair}</source>
        <translation>Weekday of {pair}</translation>
    </message>
    <message>
        <source>The day of the week they meet</source>
        <translation>The day of the week they meet</translation>
    </message>
    <message>
        <source>Time of {pair}</source>
        <translation>Time of {pair}</translation>
    </message>
    <message>
        <source>Local time of every session of the series</source>
        <translation>Local time of every session of the series</translation>
    </message>
    <message>
        <source>First session of {pair}</source>
        <translation>First session of {pair}</translation>
    </message>
    <message>
        <source>Day of the first session; the others follow the rhythm</source>
        <translation>Day of the first session; the others follow the rhythm</translation>
    </message>
    <message>
        <source>Number of sessions of {pair}</source>
        <translation>Number of sessions of {pair}</translation>
    </message>
    <message>
        <source>How many sessions the series has</source>
        <translation>How many sessions the series has</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation><numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>No warning</source>
        <translation>No warning</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions will be planned</source>
        <translation><numerusform>%n session will be planned</numerusform>
            <numerusform>%n sessions will be planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n pairs.</source>
        <translation><numerusform>for %n pair.</numerusform>
            <numerusform>for %n pairs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning: check them.</source>
        <translation><numerusform>%n with a warning: check it.</numerusform>
            <numerusform>%n with a warning: check them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanSessionsDialog</name>
    <message>
        <source>Plan sessions</source>
        <translation>Plan sessions</translation>
    </message>
    <message>
        <source>Who meets</source>
        <translation>Who meets</translation>
    </message>
    <message>
        <source>P&amp;air:</source>
        <translation>P&amp;air:</translation>
    </message>
    <message>
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <source>&amp;First session:</source>
        <translation>&amp;First session:</translation>
    </message>
    <message>
        <source>Day and local time; later sessions keep the same time, summer or winter</source>
        <translation>Day and local time; later sessions keep the same time, summer or winter</translation>
    </message>
    <message>
        <source>Local time of every session of the series</source>
        <translation>Local time of every session of the series</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>A single session</source>
        <translation>A single session</translation>
    </message>
    <message>
        <source>Every N weeks</source>
        <translation>Every N weeks</translation>
    </message>
    <message>
        <source>Monthly, on the same weekday</source>
        <translation>Monthly, on the same weekday</translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation><numerusform>every %n week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation><numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>Pla&amp;ce:</translation>
    </message>
    <message>
        <source>No pair to plan for yet: form an active pair first. “Go to Pairs” takes you there.</source>
        <translation>No pair to plan for yet: form an active pair first. “Go to Pairs” takes you there.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions will be planned.</source>
        <translation><numerusform>%n session will be planned.</numerusform>
            <numerusform>%n sessions will be planned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning: check them below.</source>
        <translation><numerusform>%n with a warning: check it below.</numerusform>
            <numerusform>%n with a warning: check them below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weeks between sessions</source>
        <translation>Weeks between sessions</translation>
    </message>
    <message>
        <source>&amp;Rhythm:</source>
        <translation>&amp;Rhythm:</translation>
    </message>
    <message>
        <source>How often the pair meets</source>
        <translation>How often the pair meets</translation>
    </message>
    <message>
        <source>Number of weeks between two sessions</source>
        <translation>Number of weeks between two sessions</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Number of sessions</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <source>Until the programme ends, or a given number of sessions</source>
        <translation>Until the programme ends, or a given number of sessions</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Length:</translation>
    </message>
    <message>
        <source>Length of each session</source>
        <translation>Length of each session</translation>
    </message>
    <message>
        <source>Meeting room, address or video link</source>
        <translation>Meeting room, address or video link</translation>
    </message>
    <message>
        <source>Where they meet; a video link is clickable in calendars</source>
        <translation>Where they meet; a video link is clickable in calendars</translation>
    </message>
    <message>
        <source>Sessions to be planned</source>
        <translation>Sessions to be planned</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Go to Pairs</source>
        <translation>&amp;Go to Pairs</translation>
    </message>
    <message>
        <source>Form the pairs first, in the Pairs view</source>
        <translation>Form the pairs first, in the Pairs view</translation>
    </message>
    <message>
        <source>The programme's end ({date})</source>
        <translation>The programme's end ({date})</translation>
    </message>
    <message>
        <source>The programme's end</source>
        <translation>The programme's end</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>personal-data</source>
        <translation>personal-data</translation>
    </message>
    <message>
        <source>Cannot write into “{folder}”: {reason}</source>
        <translation>Cannot write into “{folder}”: {reason}</translation>
    </message>
    <message>
        <source>Former participant #{number}</source>
        <translation>Former participant #{number}</translation>
    </message>
    <message>
        <source>This person is already anonymised.</source>
        <translation>This person is already anonymised.</translation>
    </message>
    <message>
        <source>Type the person's name exactly as shown: {name}</source>
        <translation>Type the person's name exactly as shown: {name}</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Edit the programme</source>
        <translation>Edit the programme</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>New programme</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>For example: Mentorat inversé 2027</source>
        <translation>For example: Mentorat inversé 2027</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objectives:</translation>
    </message>
    <message>
        <source>What the company expects from this programme</source>
        <translation>What the company expects from this programme</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>First day of the programme</source>
        <translation>First day of the programme</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>Last day of the programme</source>
        <translation>Last day of the programme</translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation><numerusform>every %n week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Session &amp;rhythm:</source>
        <translation>Session &amp;rhythm:</translation>
    </message>
    <message>
        <source>How often a pair meets; a pair is late after one and a half rhythms</source>
        <translation>How often a pair meets; a pair is late after one and a half rhythms</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Session &amp;length:</source>
        <translation>Session &amp;length:</translation>
    </message>
    <message>
        <source>Split between the two directions of the pair</source>
        <translation>Split between the two directions of the pair</translation>
    </message>
    <message>
        <source>Mentees per &amp;mentor:</source>
        <translation>Mentees per &amp;mentor:</translation>
    </message>
    <message>
        <source>The most mentees one mentor takes in this programme</source>
        <translation>The most mentees one mentor takes in this programme</translation>
    </message>
    <message>
        <source>A mid-point review</source>
        <translation>A mid-point review</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>Re&amp;view:</translation>
    </message>
    <message>
        <source>Halfway through, each pair takes stock</source>
        <translation>Halfway through, each pair takes stock</translation>
    </message>
    <message>
        <source>Document l&amp;anguage:</source>
        <translation>Document l&amp;anguage:</translation>
    </message>
    <message>
        <source>Charters, certificates and the report print in this language</source>
        <translation>Charters, certificates and the report print in this language</translation>
    </message>
    <message>
        <source>Use the default text</source>
        <translation>Use the default text</translation>
    </message>
    <message>
        <source>Replace the charter by the default template in the document language</source>
        <translation>Replace the charter by the default template in the document language</translation>
    </message>
    <message>
        <source>&amp;Charter:</source>
        <translation>&amp;Charter:</translation>
    </message>
    <message>
        <source>The commitments each pair signs</source>
        <translation>The commitments each pair signs</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Skill progress by category</source>
        <translation>Skill progress by category</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>level 0–4</source>
        <translation>level 0–4</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Progress shows once both the start and the end assessments are recorded: use “Assessments…” above, or close the programme in “Pairs”.</source>
        <translation>Progress shows once both the start and the end assessments are recorded: use “Assessments…” above, or close the programme in “Pairs”.</translation>
    </message>
    <message>
        <source>{category}, {moment}: level {level}</source>
        <translation>{category}, {moment}: level {level}</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Why this pair</source>
        <translation>Why this pair</translation>
    </message>
</context>
<context>
    <name>RatingsChart</name>
    <message>
        <source>Ratings over time</source>
        <translation>Ratings over time</translation>
    </message>
    <message>
        <source>By mentors</source>
        <translation>By mentors</translation>
    </message>
    <message>
        <source>By mentees</source>
        <translation>By mentees</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Journals</source>
        <translation>Journals</translation>
    </message>
    <message>
        <source>No rating yet. Each side rates the session out of 5 in its journal; the averages show here month by month.</source>
        <translation>No rating yet. Each side rates the session out of 5 in its journal; the averages show here month by month.</translation>
    </message>
    <message>
        <source>{month}, {side}: {rating} / 5</source>
        <translation>{month}, {side}: {rating} / 5</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pairs</source>
        <translation><numerusform>%n pair</numerusform><numerusform>%n pairs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation><numerusform>%n session</numerusform><numerusform>%n sessions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n journals</source>
        <translation><numerusform>%n journal</numerusform><numerusform>%n journals</numerusform></translation>
    </message>
    <message>
        <source>This backup is empty: it holds no people, pairs, sessions or journals.</source>
        <translation>This backup is empty: it holds no people, pairs, sessions or journals.</translation>
    </message>
    <message>
        <source>This backup is older than the last recorded change ({date}): the work done after it is not in it.</source>
        <translation>This backup is older than the last recorded change ({date}): the work done after it is not in it.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>The database “{path}” is damaged ({problem}). Choose a backup to put in its place; the damaged file is kept beside it, renamed, for an expert.</source>
        <translation>The database “{path}” is damaged ({problem}). Choose a backup to put in its place; the damaged file is kept beside it, renamed, for an expert.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>The backups kept beside the database, newest first</source>
        <translation>The backups kept beside the database, newest first</translation>
    </message>
    <message>
        <source>There is no backup beside the database.</source>
        <translation>There is no backup beside the database.</translation>
    </message>
    <message>
        <source>&amp;Choose another backup file…</source>
        <translation>&amp;Choose another backup file…</translation>
    </message>
    <message>
        <source>A backup on a USB key or elsewhere</source>
        <translation>A backup on a USB key or elsewhere</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restore this backup</translation>
    </message>
    <message>
        <source>Put the chosen backup in place of the damaged file</source>
        <translation>Put the chosen backup in place of the damaged file</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Leave everything as it is and close Mentorat</source>
        <translation>Leave everything as it is and close Mentorat</translation>
    </message>
    <message>
        <source>{when} — encrypted: asks for its password</source>
        <translation>{when} — encrypted: asks for its password</translation>
    </message>
    <message>
        <source>{when} — cannot be used: {problem}</source>
        <translation>{when} — cannot be used: {problem}</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>Backup to restore</translation>
    </message>
    <message>
        <source>Mentorat backups (*.sqlite3 *.zip);;All files (*)</source>
        <translation>Mentorat backups (*.sqlite3 *.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Password of the backup</source>
        <translation>Password of the backup</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>pairs</source>
        <translation>pairs</translation>
    </message>
    <message>
        <source>sessions held</source>
        <translation>sessions held</translation>
    </message>
    <message>
        <source>of mentoring</source>
        <translation>of mentoring</translation>
    </message>
    <message>
        <source>of planned sessions held</source>
        <translation>of planned sessions held</translation>
    </message>
    <message>
        <source>average rating, mentors / mentees (out of 5)</source>
        <translation>average rating, mentors / mentees (out of 5)</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>sessions per month</source>
        <translation>sessions per month</translation>
    </message>
    <message>
        <source>start of programme</source>
        <translation>start of programme</translation>
    </message>
    <message>
        <source>end of programme</source>
        <translation>end of programme</translation>
    </message>
    <message>
        <source>average level (0 to 4)</source>
        <translation>average level (0 to 4)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>People assessed</source>
        <translation>People assessed</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Sessions held</translation>
    </message>
    <message>
        <source>{participants}; {active}, {completed}, {stopped}.</source>
        <translation>{participants}; {active}, {completed}, {stopped}.</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pairs active</source>
        <translation><numerusform>%n pair active</numerusform><numerusform>%n pairs active</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation><numerusform>%n completed</numerusform><numerusform>%n completed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n stopped early</source>
        <translation><numerusform>%n stopped early</numerusform><numerusform>%n stopped early</numerusform></translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>Programme report</translation>
    </message>
    <message>
        <source>{programme} — from {start} to {end}</source>
        <translation>{programme} — from {start} to {end}</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Skill progress</source>
        <translation>Skill progress</translation>
    </message>
    <message>
        <source>No start and end assessments recorded yet.</source>
        <translation>No start and end assessments recorded yet.</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>In their words</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Programme report — {programme}</source>
        <translation>Programme report — {programme}</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposed</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>not an SQLite database</source>
        <translation>not an SQLite database</translation>
    </message>
    <message>
        <source>Cannot read “{path}”: {reason}</source>
        <translation>Cannot read “{path}”: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is a ZIP file, but not a Mentorat backup.</source>
        <translation>“{name}” is a ZIP file, but not a Mentorat backup.</translation>
    </message>
    <message>
        <source>“{name}” is encrypted: enter its password.</source>
        <translation>“{name}” is encrypted: enter its password.</translation>
    </message>
    <message>
        <source>Wrong password for “{name}”.</source>
        <translation>Wrong password for “{name}”.</translation>
    </message>
    <message>
        <source>“{name}” is damaged: {reason}</source>
        <translation>“{name}” is damaged: {reason}</translation>
    </message>
    <message>
        <source>“{name}” unpacks to more than {limit} MB, far more than any Mentorat database: it is not a Mentorat backup.</source>
        <translation>“{name}” unpacks to more than {limit} MB, far more than any Mentorat database: it is not a Mentorat backup.</translation>
    </message>
    <message>
        <source>“{name}” is not an intact Mentorat backup ({problem}).</source>
        <translation>“{name}” is not an intact Mentorat backup ({problem}).</translation>
    </message>
    <message>
        <source>“{name}” was made by a newer version of Mentorat (schema {revision}): install the latest version to restore it.</source>
        <translation>“{name}” was made by a newer version of Mentorat (schema {revision}): install the latest version to restore it.</translation>
    </message>
    <message>
        <source>“{name}” is a database, but not a Mentorat one.</source>
        <translation>“{name}” is a database, but not a Mentorat one.</translation>
    </message>
    <message>
        <source>“{name}” is an empty database: nothing to restore.</source>
        <translation>“{name}” is an empty database: nothing to restore.</translation>
    </message>
    <message>
        <source>“{name}” does not have the schema Mentorat builds ({problems}): it was not restored.</source>
        <translation>“{name}” does not have the schema Mentorat builds ({problems}): it was not restored.</translation>
    </message>
    <message>
        <source>There is no file at “{path}”.</source>
        <translation>There is no file at “{path}”.</translation>
    </message>
    <message>
        <source>The restore failed, nothing was replaced: {reason}</source>
        <translation>The restore failed, nothing was replaced: {reason}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Replaces the current data with a backup. A copy of the current database is taken first, so a restore can itself be undone.</source>
        <translation>Replaces the current data with a backup. A copy of the current database is taken first, so a restore can itself be undone.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>The backups kept beside the database, newest first</source>
        <translation>The backups kept beside the database, newest first</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Other file…</translation>
    </message>
    <message>
        <source>A backup on a USB key or elsewhere</source>
        <translation>A backup on a USB key or elsewhere</translation>
    </message>
    <message>
        <source>Password of the backup</source>
        <translation>Password of the backup</translation>
    </message>
    <message>
        <source>Only for an encrypted backup</source>
        <translation>Only for an encrypted backup</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Taken:</source>
        <translation>Taken:</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Holds:</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Replace the current data with this backup</source>
        <translation>Replace the current data with this backup</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>before an anonymisation</source>
        <translation>before an anonymisation</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>on demand</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>Backup to restore</translation>
    </message>
    <message>
        <source>Mentorat backups (*.sqlite3 *.zip);;All files (*)</source>
        <translation>Mentorat backups (*.sqlite3 *.zip);;All files (*)</translation>
    </message>
    <message>
        <source>{people}, {pairs}, {sessions}</source>
        <translation>{people}, {pairs}, {sessions}</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation><numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pairs</source>
        <translation><numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation><numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>(an older version: it will be upgraded)</source>
        <translation>(an older version: it will be upgraded)</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restore this backup?</translation>
    </message>
    <message>
        <source>The current data will be replaced by the backup of {date} ({holds}). A copy of the current database is taken first.</source>
        <translation>The current data will be replaced by the backup of {date} ({holds}). A copy of the current database is taken first.</translation>
    </message>
</context>
<context>
    <name>ReturnedFormsDialog</name>
    <message>
        <source>Import returned forms</source>
        <translation>Import returned forms</translation>
    </message>
    <message>
        <source>Drop here the PDF forms the participants filled in and sent back (or a folder of them; a form attached to a message is saved to a folder first). Nothing changes until you apply them.</source>
        <translation>Drop here the PDF forms the participants filled in and sent back (or a folder of them; a form attached to a message is saved to a folder first). Nothing changes until you apply them.</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>Choose &amp;files…</translation>
    </message>
    <message>
        <source>Choose one or more returned PDF forms</source>
        <translation>Choose one or more returned PDF forms</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>Choose a f&amp;older…</translation>
    </message>
    <message>
        <source>Read every PDF form of a folder</source>
        <translation>Read every PDF form of a folder</translation>
    </message>
    <message>
        <source>&amp;Empty the list</source>
        <translation>&amp;Empty the list</translation>
    </message>
    <message>
        <source>Remove every file from the list</source>
        <translation>Remove every file from the list</translation>
    </message>
    <message>
        <source>Returned forms and their values</source>
        <translation>Returned forms and their values</translation>
    </message>
    <message>
        <source>Tick the forms to apply; a form with a conflict is unticked until you tick it</source>
        <translation>Tick the forms to apply; a form with a conflict is unticked until you tick it</translation>
    </message>
    <message>
        <source>No form yet.</source>
        <translation>No form yet.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Record the ticked forms, all in one step</source>
        <translation>Record the ticked forms, all in one step</translation>
    </message>
    <message>
        <source>Returned forms</source>
        <translation>Returned forms</translation>
    </message>
    <message>
        <source>PDF forms (*.pdf);;All files (*)</source>
        <translation>PDF forms (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Folder of returned forms</source>
        <translation>Folder of returned forms</translation>
    </message>
    <message numerus="yes">
        <source>Outlook hands over one attachment per drop: %n more were left out. Drop them one by one, or save them in a folder and choose the folder.</source>
        <translation><numerusform>Outlook hands over one attachment per drop: %n more were left out. Drop them one by one, or save them in a folder and choose the folder.</numerusform>
            <numerusform>Outlook hands over one attachment per drop: %n more were left out. Drop them one by one, or save them in a folder and choose the folder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the forms…</source>
        <translation>Reading the forms…</translation>
    </message>
    <message>
        <source>No PDF file in what was chosen.</source>
        <translation>No PDF file in what was chosen.</translation>
    </message>
    <message numerus="yes">
        <source>%n forms accepted,</source>
        <translation><numerusform>%n forms accepted,</numerusform>
            <numerusform>%n forms accepted,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused.</source>
        <translation><numerusform>%n refused.</numerusform>
            <numerusform>%n refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forms in conflict: tick one to let it replace what is recorded.</source>
        <translation><numerusform>%n forms in conflict: tick one to let it replace what is recorded.</numerusform>
            <numerusform>%n forms in conflict: tick one to let it replace what is recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forms applied,</source>
        <translation><numerusform>%n forms applied,</numerusform>
            <numerusform>%n forms applied,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values recorded.</source>
        <translation><numerusform>%n values recorded.</numerusform>
            <numerusform>%n values recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n forms</source>
        <translation><numerusform>&amp;Apply %n forms</numerusform>
            <numerusform>&amp;Apply %n forms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnedFormsModel</name>
    <message>
        <source>Form and values</source>
        <translation>Form and values</translation>
    </message>
    <message>
        <source>Recorded now</source>
        <translation>Recorded now</translation>
    </message>
    <message>
        <source>From the form</source>
        <translation>From the form</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Skills questionnaire</source>
        <translation>Skills questionnaire</translation>
    </message>
    <message>
        <source>Session feedback</source>
        <translation>Session feedback</translation>
    </message>
    <message>
        <source>End-of-programme assessment</source>
        <translation>End-of-programme assessment</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>an unexpected trigger “{name}”</source>
        <translation>an unexpected trigger “{name}”</translation>
    </message>
    <message>
        <source>an unexpected view “{name}”</source>
        <translation>an unexpected view “{name}”</translation>
    </message>
    <message>
        <source>the table “{table}” is missing</source>
        <translation>the table “{table}” is missing</translation>
    </message>
    <message>
        <source>an unexpected table “{table}”</source>
        <translation>an unexpected table “{table}”</translation>
    </message>
    <message>
        <source>the indexes or keys of “{table}” differ</source>
        <translation>the indexes or keys of “{table}” differ</translation>
    </message>
    <message>
        <source>the column “{table}.{column}” is missing</source>
        <translation>the column “{table}.{column}” is missing</translation>
    </message>
    <message>
        <source>an unexpected column “{table}.{column}”</source>
        <translation>an unexpected column “{table}.{column}”</translation>
    </message>
    <message>
        <source>the column “{table}.{column}” is not of the expected type</source>
        <translation>the column “{table}.{column}” is not of the expected type</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation><numerusform>; and %n more</numerusform><numerusform>; and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Mentorat {version} self-test ({where})</source>
        <translation>Mentorat {version} self-test ({where})</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>Self-test FAILED: {names}</source>
        <translation>Self-test FAILED: {names}</translation>
    </message>
    <message numerus="yes">
        <source>Self-test passed: %n checks in {seconds} s</source>
        <translation><numerusform>Self-test passed: %n check in {seconds} s</numerusform><numerusform>Self-test passed: %n checks in {seconds} s</numerusform></translation>
    </message>
</context>
<context>
    <name>Seniority</name>
    <message>
        <source>less than a year</source>
        <translation>less than a year</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation><numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>Enter the server's name or address.</source>
        <translation>Enter the server's name or address.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>A port is a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>Enter the database's name.</source>
        <translation>Enter the database's name.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Enter the user name.</translation>
    </message>
    <message>
        <source>The system keyring is not available, so the password cannot be saved safely: {reason}</source>
        <translation>The system keyring is not available, so the password cannot be saved safely: {reason}</translation>
    </message>
    <message>
        <source>Connected, but the user “{user}” may not create or change Mentorat's tables in “{database}”. Ask the administrator to make them the database's owner.</source>
        <translation>Connected, but the user “{user}” may not create or change Mentorat's tables in “{database}”. Ask the administrator to make them the database's owner.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}: everything is in order.</source>
        <translation>Connected to PostgreSQL {version}: everything is in order.</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>The server refused the user name or password.</translation>
    </message>
    <message>
        <source>The server has no database named “{database}”. Check the name.</source>
        <translation>The server has no database named “{database}”. Check the name.</translation>
    </message>
    <message>
        <source>Cannot reach the server {host}:{port}. Check its name, the port, and that this computer is on the company network.</source>
        <translation>Cannot reach the server {host}:{port}. Check its name, the port, and that this computer is on the company network.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Shared server</source>
        <translation>Shared server</translation>
    </message>
    <message>
        <source>When two or three coordinators work on different computers, keep the data on the company's PostgreSQL server instead of a file. Your IT provider creates an empty database and a user for Mentorat; enter them here.</source>
        <translation>When two or three coordinators work on different computers, keep the data on the company's PostgreSQL server instead of a file. Your IT provider creates an empty database and a user for Mentorat; enter them here.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Name or address of the PostgreSQL server</source>
        <translation>Name or address of the PostgreSQL server</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Usually 5432</source>
        <translation>Usually 5432</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>The database created for Mentorat</source>
        <translation>The database created for Mentorat</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>The user created for Mentorat</source>
        <translation>The user created for Mentorat</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Kept in the system's keyring, never in a file</source>
        <translation>Kept in the system's keyring, never in a file</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Connect now and check Mentorat's rights</source>
        <translation>Connect now and check Mentorat's rights</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Connection test result</translation>
    </message>
    <message>
        <source>Use this ser&amp;ver</source>
        <translation>Use this ser&amp;ver</translation>
    </message>
    <message>
        <source>Open this server instead of the file from the next start</source>
        <translation>Open this server instead of the file from the next start</translation>
    </message>
    <message>
        <source>Use the &amp;local file</source>
        <translation>Use the &amp;local file</translation>
    </message>
    <message>
        <source>Go back to the database file on this computer</source>
        <translation>Go back to the database file on this computer</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
</context>
<context>
    <name>SessionFilterBar</name>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Every session of the current week</source>
        <translation>Every session of the current week</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Planned sessions still to come</source>
        <translation>Planned sessions still to come</translation>
    </message>
    <message>
        <source>To journal</source>
        <translation>To journal</translation>
    </message>
    <message>
        <source>Held or past sessions whose journal is not written</source>
        <translation>Held or past sessions whose journal is not written</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>Sessions already past, newest first</source>
        <translation>Sessions already past, newest first</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Cancelled sessions, kept in history</source>
        <translation>Cancelled sessions, kept in history</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Every session</source>
        <translation>Every session</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Only the sessions of one programme</source>
        <translation>Only the sessions of one programme</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Only the sessions of one pair</source>
        <translation>Only the sessions of one pair</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Only the sessions of one person (type to search)</source>
        <translation>Only the sessions of one person (type to search)</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>All pairs</source>
        <translation>All pairs</translation>
    </message>
</context>
<context>
    <name>SessionTreeModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Day and local time of the session</source>
        <translation>Day and local time of the session</translation>
    </message>
    <message>
        <source>Mentor and mentee</source>
        <translation>Mentor and mentee</translation>
    </message>
    <message>
        <source>The pair's programme</source>
        <translation>The pair's programme</translation>
    </message>
    <message>
        <source>Room, address or video link</source>
        <translation>Room, address or video link</translation>
    </message>
    <message>
        <source>Planned length in minutes</source>
        <translation>Planned length in minutes</translation>
    </message>
    <message>
        <source>Planned, held, cancelled or missed</source>
        <translation>Planned, held, cancelled or missed</translation>
    </message>
    <message>
        <source>Whether the session's journal is written</source>
        <translation>Whether the session's journal is written</translation>
    </message>
    <message>
        <source>Minutes on the agenda, against the session's length</source>
        <translation>Minutes on the agenda, against the session's length</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message numerus="yes">
        <source>Week {week}, from {day}: %n sessions</source>
        <translation><numerusform>Week {week}, from {day}: %n session</numerusform>
            <numerusform>Week {week}, from {day}: %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>To write</source>
        <translation>To write</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>{planned}/{length} min</source>
        <translation>{planned}/{length} min</translation>
    </message>
    <message>
        <source>The session was more than a week ago and its journal is not written.</source>
        <translation>The session was more than a week ago and its journal is not written.</translation>
    </message>
    <message>
        <source>The agenda is longer than the session.</source>
        <translation>The agenda is longer than the session.</translation>
    </message>
</context>
<context>
    <name>SessionWarning</name>
    <message>
        <source>{day} is a weekend day.</source>
        <translation>{day} is a weekend day.</translation>
    </message>
    <message>
        <source>Public holiday: {name}.</source>
        <translation>Public holiday: {name}.</translation>
    </message>
    <message>
        <source>Outside the programme's dates.</source>
        <translation>Outside the programme's dates.</translation>
    </message>
    <message>
        <source>Overlaps the session of {mentor} and {mentee} at {time}.</source>
        <translation>Overlaps the session of {mentor} and {mentee} at {time}.</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>{mentor} and {mentee}</source>
        <translation>{mentor} and {mentee}</translation>
    </message>
    <message>
        <source>The pair was completed.</source>
        <translation>The pair was completed.</translation>
    </message>
    <message>
        <source>The pair was stopped: {reason}</source>
        <translation>The pair was stopped: {reason}</translation>
    </message>
    <message>
        <source>The programme is closed.</source>
        <translation>The programme is closed.</translation>
    </message>
</context>
<context>
    <name>SessionsChart</name>
    <message>
        <source>Sessions per month</source>
        <translation>Sessions per month</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>No session has taken place yet. Plan sessions in “Sessions”: held, cancelled and missed ones show here month by month.</source>
        <translation>No session has taken place yet. Plan sessions in “Sessions”: held, cancelled and missed ones show here month by month.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions held</source>
        <translation><numerusform>%n session held</numerusform>
            <numerusform>%n sessions held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions cancelled</source>
        <translation><numerusform>%n session cancelled</numerusform>
            <numerusform>%n sessions cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions missed</source>
        <translation><numerusform>%n session missed</numerusform>
            <numerusform>%n sessions missed</numerusform>
        </translation>
    </message>
    <message>
        <source>{month}: {sessions}</source>
        <translation>{month}: {sessions}</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>Sessions by week</source>
        <translation>Sessions by week</translation>
    </message>
    <message>
        <source>Go to Pairs</source>
        <translation>Go to Pairs</translation>
    </message>
    <message>
        <source>Create a programme and form its pairs</source>
        <translation>Create a programme and form its pairs</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Show more</translation>
    </message>
    <message>
        <source>Load the next sessions of this filter</source>
        <translation>Load the next sessions of this filter</translation>
    </message>
    <message>
        <source>&amp;Plan sessions…</source>
        <translation>&amp;Plan sessions…</translation>
    </message>
    <message>
        <source>Plan one session or a series for a pair</source>
        <translation>Plan one session or a series for a pair</translation>
    </message>
    <message>
        <source>&amp;Agenda…</source>
        <translation>&amp;Agenda…</translation>
    </message>
    <message>
        <source>Edit the agenda of the selected session</source>
        <translation>Edit the agenda of the selected session</translation>
    </message>
    <message>
        <source>&amp;Journal…</source>
        <translation>&amp;Journal…</translation>
    </message>
    <message>
        <source>Write the journal of the selected session</source>
        <translation>Write the journal of the selected session</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <source>Another day, time, length or place</source>
        <translation>Another day, time, length or place</translation>
    </message>
    <message>
        <source>Print the agenda, cancel a session, mark it missed, send or import feedback forms, or export sessions to a calendar</source>
        <translation>Print the agenda, cancel a session, mark it missed, send or import feedback forms, or export sessions to a calendar</translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation>&amp;Cancel…</translation>
    </message>
    <message>
        <source>Cancel the session, with its reason</source>
        <translation>Cancel the session, with its reason</translation>
    </message>
    <message>
        <source>Feedback f&amp;orms…</source>
        <translation>Feedback f&amp;orms…</translation>
    </message>
    <message>
        <source>Fillable PDF forms for both sides of this session, to send them</source>
        <translation>Fillable PDF forms for both sides of this session, to send them</translation>
    </message>
    <message>
        <source>&amp;Import returned forms…</source>
        <translation>&amp;Import returned forms…</translation>
    </message>
    <message>
        <source>Record the answers of the forms the participants sent back</source>
        <translation>Record the answers of the forms the participants sent back</translation>
    </message>
    <message numerus="yes">
        <source>The first %n sessions of this filter</source>
        <translation><numerusform>The first session of this filter</numerusform>
            <numerusform>The first %n sessions of this filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation><numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>No session yet. Sessions are planned for a pair: create a programme and form its pairs in the Pairs view first, then plan their sessions here.</source>
        <translation>No session yet. Sessions are planned for a pair: create a programme and form its pairs in the Pairs view first, then plan their sessions here.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions saved in {path}. Open the file with Outlook, Google Calendar or Thunderbird; importing it again updates the same events.</source>
        <translation><numerusform>%n session saved in {path}. Open the file with Outlook, Google Calendar or Thunderbird; importing it again updates the same event.</numerusform>
            <numerusform>%n sessions saved in {path}. Open the file with Outlook, Google Calendar or Thunderbird; importing it again updates the same events.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session did not take place</source>
        <translation>The session did not take place</translation>
    </message>
    <message>
        <source>Plan the p&amp;rogramme…</source>
        <translation>Plan the p&amp;rogramme…</translation>
    </message>
    <message>
        <source>Plan a series for every active pair that has no session to come, at once</source>
        <translation>Plan a series for every active pair that has no session to come, at once</translation>
    </message>
    <message>
        <source>M&amp;ore</source>
        <translation>M&amp;ore</translation>
    </message>
    <message>
        <source>&amp;Print agenda…</source>
        <translation>&amp;Print agenda…</translation>
    </message>
    <message>
        <source>Preview and print this session's agenda, in Documents</source>
        <translation>Preview and print this session's agenda, in Documents</translation>
    </message>
    <message>
        <source>Mark &amp;missed</source>
        <translation>Mark &amp;missed</translation>
    </message>
    <message>
        <source>&amp;Export to calendar</source>
        <translation>&amp;Export to calendar</translation>
    </message>
    <message>
        <source>Save sessions as an .ics file for Outlook, Google Calendar or Thunderbird</source>
        <translation>Save sessions as an .ics file for Outlook, Google Calendar or Thunderbird</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>This session</translation>
    </message>
    <message>
        <source>All sessions of this pair</source>
        <translation>All sessions of this pair</translation>
    </message>
    <message>
        <source>Upcoming sessions of this programme</source>
        <translation>Upcoming sessions of this programme</translation>
    </message>
    <message>
        <source>Everything upcoming</source>
        <translation>Everything upcoming</translation>
    </message>
    <message>
        <source>Nothing to journal: every held session has its journal.</source>
        <translation>Nothing to journal: every held session has its journal.</translation>
    </message>
    <message>
        <source>No cancelled session.</source>
        <translation>No cancelled session.</translation>
    </message>
    <message>
        <source>No session planned here. Choose “Plan sessions…” to plan one or a whole series for a pair.</source>
        <translation>No session planned here. Choose “Plan sessions…” to plan one or a whole series for a pair.</translation>
    </message>
    <message>
        <source>No session matches these filters. Choose “All” or another programme, pair or person; or “Plan sessions…” to plan some.</source>
        <translation>No session matches these filters. Choose “All” or another programme, pair or person; or “Plan sessions…” to plan some.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Cancel the session</translation>
    </message>
    <message>
        <source>Why is the session of {pair} cancelled?</source>
        <translation>Why is the session of {pair} cancelled?</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Export to calendar</translation>
    </message>
    <message>
        <source>mentoring-sessions.ics</source>
        <translation>mentoring-sessions.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Organisation settings</source>
        <translation>Organisation settings</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>&amp;Company name:</translation>
    </message>
    <message>
        <source>Printed on every document</source>
        <translation>Printed on every document</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Postal address, printed on certificates</source>
        <translation>Postal address, printed on certificates</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>PNG or JPEG, shown on documents</source>
        <translation>PNG or JPEG, shown on documents</translation>
    </message>
    <message>
        <source>Signatory &amp;name:</source>
        <translation>Signatory &amp;name:</translation>
    </message>
    <message>
        <source>Who signs certificates and charters</source>
        <translation>Who signs certificates and charters</translation>
    </message>
    <message>
        <source>Signatory &amp;title:</source>
        <translation>Signatory &amp;title:</translation>
    </message>
    <message>
        <source>For example: Directrice des ressources humaines</source>
        <translation>For example: Directrice des ressources humaines</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Language of the app (after a restart) and of new documents</source>
        <translation>Language of the app (after a restart) and of new documents</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation><numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Session times are wall-clock times in this zone</source>
        <translation>Session times are wall-clock times in this zone</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Default &amp;session length:</source>
        <translation>Default &amp;session length:</translation>
    </message>
    <message>
        <source>Used when planning a new session</source>
        <translation>Used when planning a new session</translation>
    </message>
    <message>
        <source>Keep archived people's data &amp;for:</source>
        <translation>Keep archived people's data &amp;for:</translation>
    </message>
    <message>
        <source>After this, the dashboard reminds you to anonymise people archived earlier</source>
        <translation>After this, the dashboard reminds you to anonymise people archived earlier</translation>
    </message>
    <message>
        <source>Use a shared server…</source>
        <translation>Use a shared server…</translation>
    </message>
    <message>
        <source>Where the &amp;data lives:</source>
        <translation>Where the &amp;data lives:</translation>
    </message>
    <message>
        <source>Keep the data on the company's PostgreSQL server instead of a file</source>
        <translation>Keep the data on the company's PostgreSQL server instead of a file</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose an image file for the logo</source>
        <translation>Choose an image file for the logo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Print documents without a logo</source>
        <translation>Print documents without a logo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file is not an image Mentorat can read.</source>
        <translation>This file is not an image Mentorat can read.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
</context>
<context>
    <name>SkillCatalogueModel</name>
    <message>
        <source>Category / skill</source>
        <translation>Category / skill</translation>
    </message>
    <message>
        <source>Can teach</source>
        <translation>Can teach</translation>
    </message>
    <message>
        <source>Want to learn</source>
        <translation>Want to learn</translation>
    </message>
    <message>
        <source>Unmet demand</source>
        <translation>Unmet demand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Skills grouped by category</source>
        <translation>Skills grouped by category</translation>
    </message>
    <message>
        <source>Active people who can teach the skill</source>
        <translation>Active people who can teach the skill</translation>
    </message>
    <message>
        <source>Active people who want to learn the skill</source>
        <translation>Active people who want to learn the skill</translation>
    </message>
    <message>
        <source>Learners beyond the number of teachers</source>
        <translation>Learners beyond the number of teachers</translation>
    </message>
    <message>
        <source>Active or archived</source>
        <translation>Active or archived</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n skills)</source>
        <translation><numerusform>{name} (%n skill)</numerusform>
            <numerusform>{name} (%n skills)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No teacher for %n</source>
        <translation><numerusform>No teacher for %n</numerusform>
            <numerusform>No teacher for %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n short</source>
        <translation><numerusform>%n short</numerusform>
            <numerusform>%n short</numerusform>
        </translation>
    </message>
    <message>
        <source>{learners} and {teachers}</source>
        <translation>{learners} and {teachers}</translation>
    </message>
    <message numerus="yes">
        <source>%n people want to learn {skill}</source>
        <translation><numerusform>%n person wants to learn {skill}</numerusform>
            <numerusform>%n people want to learn {skill}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can teach it.</source>
        <translation><numerusform>%n can teach it.</numerusform>
            <numerusform>%n can teach it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>SkillMatrixModel</name>
    <message>
        <source>{person} — {skill}: level {level}</source>
        <translation>{person} — {skill}: level {level}</translation>
    </message>
    <message>
        <source>can teach it</source>
        <translation>can teach it</translation>
    </message>
    <message>
        <source>wants to learn it</source>
        <translation>wants to learn it</translation>
    </message>
</context>
<context>
    <name>SkillsView</name>
    <message>
        <source>Skills views</source>
        <translation>Skills views</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <source>Skills by category, with supply and demand</source>
        <translation>Skills by category, with supply and demand</translation>
    </message>
    <message>
        <source>Each person's level in each skill</source>
        <translation>Each person's level in each skill</translation>
    </message>
    <message>
        <source>New &amp;category…</source>
        <translation>New &amp;category…</translation>
    </message>
    <message>
        <source>Add a category of skills</source>
        <translation>Add a category of skills</translation>
    </message>
    <message>
        <source>New &amp;skill…</source>
        <translation>New &amp;skill…</translation>
    </message>
    <message>
        <source>Add a skill to the selected category</source>
        <translation>Add a skill to the selected category</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>Rename the selected skill or category</source>
        <translation>Rename the selected skill or category</translation>
    </message>
    <message>
        <source>M&amp;ove…</source>
        <translation>M&amp;ove…</translation>
    </message>
    <message>
        <source>Move the selected skill to another category, or a category up or down</source>
        <translation>Move the selected skill to another category, or a category up or down</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>Archive or unarchive the selected skill or category; levels are kept</source>
        <translation>Archive or unarchive the selected skill or category; levels are kept</translation>
    </message>
    <message>
        <source>Ca&amp;talogue</source>
        <translation>Ca&amp;talogue</translation>
    </message>
    <message>
        <source>Show arch&amp;ived</source>
        <translation>Show arch&amp;ived</translation>
    </message>
    <message>
        <source>Show archived skills and categories too</source>
        <translation>Show archived skills and categories too</translation>
    </message>
    <message>
        <source>Skills catalogue</source>
        <translation>Skills catalogue</translation>
    </message>
    <message>
        <source>Unmet demand is marked with a warning sign</source>
        <translation>Unmet demand is marked with a warning sign</translation>
    </message>
    <message>
        <source>No skill yet. Choose “New category…” to start a group of skills (for example Digital tools or Business know-how), then “New skill…” to add its skills. Importing the staff list also brings the skills its columns name.</source>
        <translation>No skill yet. Choose “New category…” to start a group of skills (for example Digital tools or Business know-how), then “New skill…” to add its skills. Importing the staff list also brings the skills its columns name.</translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation>Department filter</translation>
    </message>
    <message>
        <source>Show the people of one department</source>
        <translation>Show the people of one department</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Category filter</translation>
    </message>
    <message>
        <source>Show the skills of one category</source>
        <translation>Show the skills of one category</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategory:</translation>
    </message>
    <message>
        <source>Skills matrix</source>
        <translation>Skills matrix</translation>
    </message>
    <message>
        <source>Hover a cell for the person, skill and level</source>
        <translation>Hover a cell for the person, skill and level</translation>
    </message>
    <message>
        <source>The matrix shows each person’s level in each skill. It fills in once the catalogue has skills and the Staff view has people.</source>
        <translation>The matrix shows each person’s level in each skill. It fills in once the catalogue has skills and the Staff view has people.</translation>
    </message>
    <message>
        <source>Open the catalogue</source>
        <translation>Open the catalogue</translation>
    </message>
    <message>
        <source>Create the categories and skills</source>
        <translation>Create the categories and skills</translation>
    </message>
    <message>
        <source>Each cell: the level from 0 (none) to 4 (expert), darker as it rises; {teach} = can teach, {learn} = wants to learn. Keyboard: 0–4 set the level, {teach} and {learn} switch the marks.</source>
        <translation>Each cell: the level from 0 (none) to 4 (expert), darker as it rises; {teach} = can teach, {learn} = wants to learn. Keyboard: 0–4 set the level, {teach} and {learn} switch the marks.</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Un&amp;archive</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>New category</translation>
    </message>
    <message>
        <source>Name of the category:</source>
        <translation>Name of the category:</translation>
    </message>
    <message>
        <source>New skill</source>
        <translation>New skill</translation>
    </message>
    <message>
        <source>Name of the skill:</source>
        <translation>Name of the skill:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Move the category</source>
        <translation>Move the category</translation>
    </message>
    <message>
        <source>Move “{name}”:</source>
        <translation>Move “{name}”:</translation>
    </message>
    <message>
        <source>Move the skill</source>
        <translation>Move the skill</translation>
    </message>
    <message>
        <source>There is no other category.</source>
        <translation>There is no other category.</translation>
    </message>
    <message>
        <source>Move “{name}” to the category:</source>
        <translation>Move “{name}” to the category:</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Seniority</translation>
    </message>
    <message>
        <source>Can teach</source>
        <translation>Can teach</translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation>Wants to learn</translation>
    </message>
    <message>
        <source>Active pairs</source>
        <translation>Active pairs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <source>The person's department</source>
        <translation>The person's department</translation>
    </message>
    <message>
        <source>The person's job title</source>
        <translation>The person's job title</translation>
    </message>
    <message>
        <source>Generation band, from the birth year</source>
        <translation>Generation band, from the birth year</translation>
    </message>
    <message>
        <source>Years since the hire date</source>
        <translation>Years since the hire date</translation>
    </message>
    <message>
        <source>Skills the person can teach</source>
        <translation>Skills the person can teach</translation>
    </message>
    <message>
        <source>Skills the person wants to learn</source>
        <translation>Skills the person wants to learn</translation>
    </message>
    <message>
        <source>Pairs in progress, as mentor or mentee</source>
        <translation>Pairs in progress, as mentor or mentee</translation>
    </message>
    <message>
        <source>Active or archived</source>
        <translation>Active or archived</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Born in {year}</source>
        <translation>Born in {year}</translation>
    </message>
    <message>
        <source>Hired on {date}</source>
        <translation>Hired on {date}</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation>Add a person (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import staff from a CSV or Excel file</source>
        <translation>Import staff from a CSV or Excel file</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Save the staff list and the skills matrix as Excel or CSV</source>
        <translation>Save the staff list and the skills matrix as Excel or CSV</translation>
    </message>
    <message>
        <source>Search name, email, department, job, skill…</source>
        <translation>Search name, email, department, job, skill…</translation>
    </message>
    <message>
        <source>Search staff</source>
        <translation>Search staff</translation>
    </message>
    <message>
        <source>Ignores case and accents (Ctrl+F)</source>
        <translation>Ignores case and accents (Ctrl+F)</translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation>Department filter</translation>
    </message>
    <message>
        <source>Show one department only</source>
        <translation>Show one department only</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>Active, archived or everyone</source>
        <translation>Active, archived or everyone</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation>Active and archived</translation>
    </message>
    <message>
        <source>Can teach filter</source>
        <translation>Can teach filter</translation>
    </message>
    <message>
        <source>Only people who can teach this skill</source>
        <translation>Only people who can teach this skill</translation>
    </message>
    <message>
        <source>Wants to learn filter</source>
        <translation>Wants to learn filter</translation>
    </message>
    <message>
        <source>Only people who want to learn this skill</source>
        <translation>Only people who want to learn this skill</translation>
    </message>
    <message>
        <source>Number of people shown</source>
        <translation>Number of people shown</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>No one here yet. Add the people of the company one by one, import the staff list you keep in Excel (CSV or XLSX), or try the app with a fictitious company.</source>
        <translation>No one here yet. Add the people of the company one by one, import the staff list you keep in Excel (CSV or XLSX), or try the app with a fictitious company.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>Import from a file</source>
        <translation>Import from a file</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>Fill this empty database with a fictitious company</source>
        <translation>Fill this empty database with a fictitious company</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Can teach: any</source>
        <translation>Can teach: any</translation>
    </message>
    <message>
        <source>Wants to learn: any</source>
        <translation>Wants to learn: any</translation>
    </message>
    <message numerus="yes">
        <source>Archive {name}? Their %n ongoing pairs (with {partners}) will be stopped, with “archived” as the reason. Their history stays.</source>
        <translation><numerusform>Archive {name}? Their ongoing pair (with {partners}) will be stopped, with “archived” as the reason. Their history stays.</numerusform>
            <numerusform>Archive {name}? Their %n ongoing pairs (with {partners}) will be stopped, with “archived” as the reason. Their history stays.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n people to {name}</source>
        <translation><numerusform>Saved %n person to {name}</numerusform>
            <numerusform>Saved %n people to {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Can teach: {skill}</source>
        <translation>Can teach: {skill}</translation>
    </message>
    <message>
        <source>Wants to learn: {skill}</source>
        <translation>Wants to learn: {skill}</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
    <message>
        <source>Archive {name}? They have no ongoing pair. They leave the lists; their history stays, and you can unarchive them later.</source>
        <translation>Archive {name}? They have no ongoing pair. They leave the lists; their history stays, and you can unarchive them later.</translation>
    </message>
    <message>
        <source>Archive a person</source>
        <translation>Archive a person</translation>
    </message>
    <message>
        <source>Export the staff</source>
        <translation>Export the staff</translation>
    </message>
    <message>
        <source>staff.xlsx</source>
        <translation>staff.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook: staff and matrix (*.xlsx)</source>
        <translation>Excel workbook: staff and matrix (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV: staff list (*.csv)</source>
        <translation>CSV: staff list (*.csv)</translation>
    </message>
    <message>
        <source>CSV: skills matrix (*.csv)</source>
        <translation>CSV: skills matrix (*.csv)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Mentorat cannot open its database</source>
        <translation>Mentorat cannot open its database</translation>
    </message>
    <message>
        <source>Mentorat</source>
        <translation>Mentorat</translation>
    </message>
    <message>
        <source>The backup taken at closing failed: {reason}</source>
        <translation>The backup taken at closing failed: {reason}</translation>
    </message>
    <message>
        <source>A Mentorat command is still writing to this database. Wait until it has finished, then start Mentorat again.</source>
        <translation>A Mentorat command is still writing to this database. Wait until it has finished, then start Mentorat again.</translation>
    </message>
    <message>
        <source>Mentorat is already open on this database on this computer (process {pid}). Switch to its window instead of opening it twice.</source>
        <translation>Mentorat is already open on this database on this computer (process {pid}). Switch to its window instead of opening it twice.</translation>
    </message>
    <message>
        <source>Mentorat seems to be open on this database on the computer “{computer}”. Opening it on two computers at once can damage the data.

Open it here anyway only if Mentorat is closed there (for instance after that computer crashed).</source>
        <translation>Mentorat seems to be open on this database on the computer “{computer}”. Opening it on two computers at once can damage the data.

Open it here anyway only if Mentorat is closed there (for instance after that computer crashed).</translation>
    </message>
    <message>
        <source>The backup of {date} is restored. The damaged file was kept as “{path}”.</source>
        <translation>The backup of {date} is restored. The damaged file was kept as “{path}”.</translation>
    </message>
    <message>
        <source>The database “{path}” is on a network share. SQLite files on a share can be damaged when the network drops or two computers write at once. Mentorat works more safely there, but for several coordinators use a shared server instead: File › Shared server….</source>
        <translation>The database “{path}” is on a network share. SQLite files on a share can be damaged when the network drops or two computers write at once. Mentorat works more safely there, but for several coordinators use a shared server instead: File › Shared server….</translation>
    </message>
</context>
<context>
    <name>Subjects</name>
    <message>
        <source>No programme named “{name}”.</source>
        <translation>No programme named “{name}”.</translation>
    </message>
    <message>
        <source>Nobody named “{name}”.</source>
        <translation>Nobody named “{name}”.</translation>
    </message>
    <message>
        <source>Several people are named “{name}”: give their email or id.</source>
        <translation>Several people are named “{name}”: give their email or id.</translation>
    </message>
</context>
<context>
    <name>TodoList</name>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Opens the pair in Pairs</source>
        <translation>Opens the pair in Pairs</translation>
    </message>
    <message>
        <source>Opens the session in Sessions</source>
        <translation>Opens the session in Sessions</translation>
    </message>
    <message>
        <source>Opens the skill in Skills</source>
        <translation>Opens the skill in Skills</translation>
    </message>
    <message>
        <source>Opens the certificates in Documents</source>
        <translation>Opens the certificates in Documents</translation>
    </message>
    <message>
        <source>Opens the end-of-programme assessment</source>
        <translation>Opens the end-of-programme assessment</translation>
    </message>
    <message>
        <source>Nothing to do: every pair meets, every journal is written.</source>
        <translation>Nothing to do: every pair meets, every journal is written.</translation>
    </message>
    <message>
        <source>Nothing to do yet.</source>
        <translation>Nothing to do yet.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>The source and the destination are the same database.</source>
        <translation>The source and the destination are the same database.</translation>
    </message>
    <message>
        <source>The destination already holds data ({tables}): Mentorat only copies into an empty database, so that nothing is overwritten.</source>
        <translation>The destination already holds data ({tables}): Mentorat only copies into an empty database, so that nothing is overwritten.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Copy the data to another database</source>
        <translation>Copy the data to another database</translation>
    </message>
    <message>
        <source>Copies everything (people, skills, programmes, pairs, sessions, journals, certificates) into an empty database: a new file, or the shared server. The current database is not changed.</source>
        <translation>Copies everything (people, skills, programmes, pairs, sessions, journals, certificates) into an empty database: a new file, or the shared server. The current database is not changed.</translation>
    </message>
    <message>
        <source>A new file, or postgresql+psycopg://…</source>
        <translation>A new file, or postgresql+psycopg://…</translation>
    </message>
    <message>
        <source>Path of a new file, or the URL of an empty database</source>
        <translation>Path of a new file, or the URL of an empty database</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose a new database file</source>
        <translation>Choose a new database file</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy and then compare every table</source>
        <translation>Copy and then compare every table</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>New database file</translation>
    </message>
    <message>
        <source>Mentorat database (*.sqlite3)</source>
        <translation>Mentorat database (*.sqlite3)</translation>
    </message>
    <message>
        <source>Choose where to copy the data.</source>
        <translation>Choose where to copy the data.</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Copying…</translation>
    </message>
    <message>
        <source>Copying {table}…</source>
        <translation>Copying {table}…</translation>
    </message>
    <message>
        <source>Comparing the copy with the source…</source>
        <translation>Comparing the copy with the source…</translation>
    </message>
    <message numerus="yes">
        <source>✔ %n rows copied and checked: the copy is identical.</source>
        <translation><numerusform>✔ %n row copied and checked: the copy is identical.</numerusform>
            <numerusform>✔ %n rows copied and checked: the copy is identical.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy differs from the source ({tables}): do not use it.</source>
        <translation>The copy differs from the source ({tables}): do not use it.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>last change</source>
        <translation>last change</translation>
    </message>
    <message>
        <source>“{label}” can no longer be undone: someone else has changed it meanwhile.</source>
        <translation>“{label}” can no longer be undone: someone else has changed it meanwhile.</translation>
    </message>
    <message>
        <source>{mentor} and {mentee}</source>
        <translation>{mentor} and {mentee}</translation>
    </message>
    <message>
        <source>new person {name}</source>
        <translation>new person {name}</translation>
    </message>
    <message>
        <source>changes to {name}</source>
        <translation>changes to {name}</translation>
    </message>
    <message>
        <source>archiving of {name}</source>
        <translation>archiving of {name}</translation>
    </message>
    <message>
        <source>restoring of {name}</source>
        <translation>restoring of {name}</translation>
    </message>
    <message>
        <source>deletion of {name}</source>
        <translation>deletion of {name}</translation>
    </message>
    <message>
        <source>staff import</source>
        <translation>staff import</translation>
    </message>
    <message>
        <source>new department {department}</source>
        <translation>new department {department}</translation>
    </message>
    <message>
        <source>level of {skill} for {name}</source>
        <translation>level of {skill} for {name}</translation>
    </message>
    <message>
        <source>removal of {skill} for {name}</source>
        <translation>removal of {skill} for {name}</translation>
    </message>
    <message>
        <source>new category {category}</source>
        <translation>new category {category}</translation>
    </message>
    <message>
        <source>new skill {skill}</source>
        <translation>new skill {skill}</translation>
    </message>
    <message>
        <source>name of the skill {skill}</source>
        <translation>name of the skill {skill}</translation>
    </message>
    <message>
        <source>category of the skill {skill}</source>
        <translation>category of the skill {skill}</translation>
    </message>
    <message>
        <source>name of the category {category}</source>
        <translation>name of the category {category}</translation>
    </message>
    <message>
        <source>order of the categories</source>
        <translation>order of the categories</translation>
    </message>
    <message>
        <source>archiving of skill {skill}</source>
        <translation>archiving of skill {skill}</translation>
    </message>
    <message>
        <source>restoring of skill {skill}</source>
        <translation>restoring of skill {skill}</translation>
    </message>
    <message>
        <source>archiving of category {category}</source>
        <translation>archiving of category {category}</translation>
    </message>
    <message>
        <source>restoring of category {category}</source>
        <translation>restoring of category {category}</translation>
    </message>
    <message>
        <source>new programme {programme}</source>
        <translation>new programme {programme}</translation>
    </message>
    <message>
        <source>programme {programme}</source>
        <translation>programme {programme}</translation>
    </message>
    <message>
        <source>start of {programme}</source>
        <translation>start of {programme}</translation>
    </message>
    <message>
        <source>closing of {programme}</source>
        <translation>closing of {programme}</translation>
    </message>
    <message>
        <source>archiving of programme {programme}</source>
        <translation>archiving of programme {programme}</translation>
    </message>
    <message>
        <source>participants of {programme}</source>
        <translation>participants of {programme}</translation>
    </message>
    <message>
        <source>assessments of {programme}</source>
        <translation>assessments of {programme}</translation>
    </message>
    <message>
        <source>new pair {pair}</source>
        <translation>new pair {pair}</translation>
    </message>
    <message>
        <source>pair {pair}</source>
        <translation>pair {pair}</translation>
    </message>
    <message>
        <source>status of the pair {pair}</source>
        <translation>status of the pair {pair}</translation>
    </message>
    <message>
        <source>removal of the pair {pair}</source>
        <translation>removal of the pair {pair}</translation>
    </message>
    <message>
        <source>suggested pairs accepted</source>
        <translation>suggested pairs accepted</translation>
    </message>
    <message>
        <source>sessions planned for {pair}</source>
        <translation>sessions planned for {pair}</translation>
    </message>
    <message>
        <source>date and place of a session of {pair}</source>
        <translation>date and place of a session of {pair}</translation>
    </message>
    <message>
        <source>status of a session of {pair}</source>
        <translation>status of a session of {pair}</translation>
    </message>
    <message>
        <source>journal of a session of {pair}</source>
        <translation>journal of a session of {pair}</translation>
    </message>
    <message>
        <source>agenda of a session of {pair}</source>
        <translation>agenda of a session of {pair}</translation>
    </message>
    <message>
        <source>preparation notes of a session of {pair}</source>
        <translation>preparation notes of a session of {pair}</translation>
    </message>
    <message>
        <source>action item ticked</source>
        <translation>action item ticked</translation>
    </message>
    <message>
        <source>action item unticked</source>
        <translation>action item unticked</translation>
    </message>
    <message>
        <source>import of returned forms</source>
        <translation>import of returned forms</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Another person already has this email address.</source>
        <translation>Another person already has this email address.</translation>
    </message>
    <message>
        <source>A department with this name exists.</source>
        <translation>A department with this name exists.</translation>
    </message>
    <message>
        <source>A category with this name exists.</source>
        <translation>A category with this name exists.</translation>
    </message>
    <message>
        <source>This category already has this skill.</source>
        <translation>This category already has this skill.</translation>
    </message>
    <message>
        <source>A programme with this name exists.</source>
        <translation>A programme with this name exists.</translation>
    </message>
    <message>
        <source>The birth year is out of range.</source>
        <translation>The birth year is out of range.</translation>
    </message>
    <message>
        <source>A person cannot be their own manager.</source>
        <translation>A person cannot be their own manager.</translation>
    </message>
    <message>
        <source>Mentor and mentee must be two people.</source>
        <translation>Mentor and mentee must be two people.</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>The end cannot be before the start.</translation>
    </message>
    <message>
        <source>A level goes from 0 to 4.</source>
        <translation>A level goes from 0 to 4.</translation>
    </message>
    <message>
        <source>A rating goes from 1 to 5.</source>
        <translation>A rating goes from 1 to 5.</translation>
    </message>
    <message>
        <source>The length must be more than zero.</source>
        <translation>The length must be more than zero.</translation>
    </message>
    <message>
        <source>This refers to something that no longer exists.</source>
        <translation>This refers to something that no longer exists.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database.</source>
        <translation>The change breaks a rule of the database.</translation>
    </message>
    <message>
        <source>Enter a first or a last name.</source>
        <translation>Enter a first or a last name.</translation>
    </message>
    <message>
        <source>A name cannot hold control characters (tab, line break…).</source>
        <translation>A name cannot hold control characters (tab, line break…).</translation>
    </message>
    <message>
        <source>A name has 120 characters at most.</source>
        <translation>A name has 120 characters at most.</translation>
    </message>
    <message>
        <source>“{email}” is not an email address.</source>
        <translation>“{email}” is not an email address.</translation>
    </message>
    <message>
        <source>A job title has 300 characters at most.</source>
        <translation>A job title has 300 characters at most.</translation>
    </message>
    <message>
        <source>The birth year must be between {first} and {last}.</source>
        <translation>The birth year must be between {first} and {last}.</translation>
    </message>
    <message>
        <source>The hire date cannot be in the future.</source>
        <translation>The hire date cannot be in the future.</translation>
    </message>
    <message>
        <source>The chosen manager no longer exists.</source>
        <translation>The chosen manager no longer exists.</translation>
    </message>
    <message>
        <source>The chosen department no longer exists.</source>
        <translation>The chosen department no longer exists.</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>This person no longer exists.</translation>
    </message>
    <message>
        <source>{name} was archived.</source>
        <translation>{name} was archived.</translation>
    </message>
    <message>
        <source>This person appears in programmes or pairs: archive them instead.</source>
        <translation>This person appears in programmes or pairs: archive them instead.</translation>
    </message>
    <message>
        <source>Enter the department's name.</source>
        <translation>Enter the department's name.</translation>
    </message>
    <message>
        <source>Enter the programme's name.</source>
        <translation>Enter the programme's name.</translation>
    </message>
    <message>
        <source>Sessions come at least every week.</source>
        <translation>Sessions come at least every week.</translation>
    </message>
    <message>
        <source>A session lasts between 5 and 480 minutes.</source>
        <translation>A session lasts between 5 and 480 minutes.</translation>
    </message>
    <message>
        <source>A mentor takes at least one mentee.</source>
        <translation>A mentor takes at least one mentee.</translation>
    </message>
    <message numerus="yes">
        <source>A mentor already has %n mentees in this programme.</source>
        <translation><numerusform>A mentor already has %n mentee in this programme.</numerusform><numerusform>A mentor already has %n mentees in this programme.</numerusform></translation>
    </message>
    <message>
        <source>Only a draft programme can be started.</source>
        <translation>Only a draft programme can be started.</translation>
    </message>
    <message>
        <source>Say how to end the pairs still going before closing the programme: {pairs}</source>
        <translation>Say how to end the pairs still going before closing the programme: {pairs}</translation>
    </message>
    <message>
        <source>Pairs end completed or stopped.</source>
        <translation>Pairs end completed or stopped.</translation>
    </message>
    <message>
        <source>The pairs end between the programme's start and today.</source>
        <translation>The pairs end between the programme's start and today.</translation>
    </message>
    <message>
        <source>The programme closed before the pair started.</source>
        <translation>The programme closed before the pair started.</translation>
    </message>
    <message>
        <source>Only a running programme can be closed.</source>
        <translation>Only a running programme can be closed.</translation>
    </message>
    <message>
        <source>This programme no longer exists.</source>
        <translation>This programme no longer exists.</translation>
    </message>
    <message>
        <source>{name} is archived and cannot join a pair.</source>
        <translation>{name} is archived and cannot join a pair.</translation>
    </message>
    <message numerus="yes">
        <source>{name} already mentors %n people, the most this programme allows.</source>
        <translation><numerusform>{name} already mentors %n person, the most this programme allows.</numerusform><numerusform>{name} already mentors %n people, the most this programme allows.</numerusform></translation>
    </message>
    <message>
        <source>This programme is closed: no new pairs.</source>
        <translation>This programme is closed: no new pairs.</translation>
    </message>
    <message>
        <source>{a} and {b} are manager and direct report: not in one pair.</source>
        <translation>{a} and {b} are manager and direct report: not in one pair.</translation>
    </message>
    <message>
        <source>{name} does not take part in this programme.</source>
        <translation>{name} does not take part in this programme.</translation>
    </message>
    <message>
        <source>{a} and {b} already form a pair in this programme.</source>
        <translation>{a} and {b} already form a pair in this programme.</translation>
    </message>
    <message>
        <source>{a} and {b} were a pair in the previous programme: choose someone new.</source>
        <translation>{a} and {b} were a pair in the previous programme: choose someone new.</translation>
    </message>
    <message>
        <source>{name} is already the mentee of a pair in this programme.</source>
        <translation>{name} is already the mentee of a pair in this programme.</translation>
    </message>
    <message>
        <source>{a} and {b} may not form a pair.</source>
        <translation>{a} and {b} may not form a pair.</translation>
    </message>
    <message numerus="yes">
        <source>The goals are too long: at most %n characters (about three pages).</source>
        <translation><numerusform>The goals are too long: at most %n character.</numerusform><numerusform>The goals are too long: at most %n characters (about three pages).</numerusform></translation>
    </message>
    <message>
        <source>This pair no longer exists.</source>
        <translation>This pair no longer exists.</translation>
    </message>
    <message>
        <source>This pair cannot change to that status.</source>
        <translation>This pair cannot change to that status.</translation>
    </message>
    <message>
        <source>Say why the pair stops.</source>
        <translation>Say why the pair stops.</translation>
    </message>
    <message>
        <source>The company name is too long (200 at most).</source>
        <translation>The company name is too long (200 at most).</translation>
    </message>
    <message>
        <source>Choose French or English.</source>
        <translation>Choose French or English.</translation>
    </message>
    <message>
        <source>“{zone}” is not a known time zone.</source>
        <translation>“{zone}” is not a known time zone.</translation>
    </message>
    <message>
        <source>The logo is too large (5 MB at most).</source>
        <translation>The logo is too large (5 MB at most).</translation>
    </message>
    <message>
        <source>Reminders come after 1 to 365 days.</source>
        <translation>Reminders come after 1 to 365 days.</translation>
    </message>
    <message>
        <source>Retention is 1 to 240 months.</source>
        <translation>Retention is 1 to 240 months.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <source>The chosen category no longer exists.</source>
        <translation>The chosen category no longer exists.</translation>
    </message>
    <message>
        <source>This skill no longer exists.</source>
        <translation>This skill no longer exists.</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>This session no longer exists.</translation>
    </message>
    <message>
        <source>Every agenda item needs a topic.</source>
        <translation>Every agenda item needs a topic.</translation>
    </message>
    <message>
        <source>A topic is too long (500 characters at most).</source>
        <translation>A topic is too long (500 characters at most).</translation>
    </message>
    <message>
        <source>An item lasts between 1 and 480 minutes.</source>
        <translation>An item lasts between 1 and 480 minutes.</translation>
    </message>
    <message>
        <source>Choose an answer.</source>
        <translation>Choose an answer.</translation>
    </message>
    <message>
        <source>Choose who does it.</source>
        <translation>Choose who does it.</translation>
    </message>
    <message>
        <source>This action item no longer exists.</source>
        <translation>This action item no longer exists.</translation>
    </message>
    <message>
        <source>Still in a pair of this programme, so still taking part: {names}</source>
        <translation>Still in a pair of this programme, so still taking part: {names}</translation>
    </message>
    <message>
        <source>The place is too long (500 characters at most).</source>
        <translation>The place is too long (500 characters at most).</translation>
    </message>
    <message>
        <source>Choose how often they meet.</source>
        <translation>Choose how often they meet.</translation>
    </message>
    <message>
        <source>Plan between 1 and {max} sessions at once.</source>
        <translation>Plan between 1 and {max} sessions at once.</translation>
    </message>
    <message>
        <source>The first session is after the programme's end.</source>
        <translation>The first session is after the programme's end.</translation>
    </message>
    <message>
        <source>Say why the session is cancelled.</source>
        <translation>Say why the session is cancelled.</translation>
    </message>
    <message>
        <source>This session has not begun yet: it can be held or missed only once its time has come.</source>
        <translation>This session has not begun yet: it can be held or missed only once its time has come.</translation>
    </message>
    <message>
        <source>This text holds an invisible control character: remove it.</source>
        <translation>This text holds an invisible control character: remove it.</translation>
    </message>
    <message numerus="yes">
        <source>Too long once accents and ligatures are spelled out: at most %n characters.</source>
        <translation><numerusform>Too long once accents and ligatures are spelled out: at most %n character.</numerusform><numerusform>Too long once accents and ligatures are spelled out: at most %n characters.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation><numerusform>At most %n character.</numerusform><numerusform>At most %n characters.</numerusform></translation>
    </message>
    <message>
        <source>This text holds a NUL character: remove it.</source>
        <translation>This text holds a NUL character: remove it.</translation>
    </message>
    <message>
        <source>A pair is listed twice.</source>
        <translation>A pair is listed twice.</translation>
    </message>
    <message>
        <source>There is no pair to plan.</source>
        <translation>There is no pair to plan.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>What is happening in your programmes, what needs doing today, and whether the programme works.</source>
        <translation>What is happening in your programmes, what needs doing today, and whether the programme works.</translation>
    </message>
    <message>
        <source>running programmes</source>
        <translation>running programmes</translation>
    </message>
    <message>
        <source>active pairs</source>
        <translation>active pairs</translation>
    </message>
    <message>
        <source>sessions to come</source>
        <translation>sessions to come</translation>
    </message>
    <message>
        <source>sessions held</source>
        <translation>sessions held</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>The people of the company, who can teach what and who wants to learn what.</source>
        <translation>The people of the company, who can teach what and who wants to learn what.</translation>
    </message>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>departments</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>The skills catalogue by category, with supply and demand for each skill.</source>
        <translation>The skills catalogue by category, with supply and demand for each skill.</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>categories</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>skills</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>The mentor and mentee pairs of each programme, and how each pair is doing.</source>
        <translation>The mentor and mentee pairs of each programme, and how each pair is doing.</translation>
    </message>
    <message>
        <source>programmes</source>
        <translation>programmes</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>pairs</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Every meeting of every pair: planned, held, cancelled, and its journal.</source>
        <translation>Every meeting of every pair: planned, held, cancelled, and its journal.</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>to come</translation>
    </message>
    <message>
        <source>journals written</source>
        <translation>journals written</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Programme charters, session agendas, certificates and the programme report, to preview, print or save as PDF.</source>
        <translation>Programme charters, session agendas, certificates and the programme report, to preview, print or save as PDF.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>show program's version number and exit</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
</context>
</TS>