<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
        <source>Demo data loaded into {location}</source>
        <translation>Demo data loaded into {location}</translation>
    </message>
    <message>
        <source>{people} people, {departments} departments, {skills} skills, {programmes} programmes, {pairs} pairs, {sessions} sessions, {journals} journals, {certificates} certificates</source>
        <translation>{people} people, {departments} departments, {skills} skills, {programmes} programmes, {pairs} pairs, {sessions} sessions, {journals} journals, {certificates} certificates</translation>
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
        <source>Cannot create the folder “{folder}”: {reason}</source>
        <translation>Cannot create the folder “{folder}”: {reason}</translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a database file.</source>
        <translation>“{path}” is a folder, not a database file.</translation>
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
        <source>&amp;About Mentorat</source>
        <translation>&amp;About Mentorat</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
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
    <message>
        <source>About Mentorat</source>
        <translation>About Mentorat</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mentorat {version}&lt;/h3&gt;&lt;p&gt;Run a reverse-mentoring programme from one desktop PC.&lt;/p&gt;&lt;p&gt;Licence: MIT. Icons: Lucide (ISC).&lt;/p&gt;&lt;p&gt;Database: {location}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mentorat {version}&lt;/h3&gt;&lt;p&gt;Run a reverse-mentoring programme from one desktop PC.&lt;/p&gt;&lt;p&gt;Licence: MIT. Icons: Lucide (ISC).&lt;/p&gt;&lt;p&gt;Database: {location}&lt;/p&gt;</translation>
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
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
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
    <name>Startup</name>
    <message>
        <source>Mentorat cannot open its database</source>
        <translation>Mentorat cannot open its database</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Nothing here yet. Try the app with a fictitious company's data, or set up your organisation and start adding your staff.</source>
        <translation>Nothing here yet. Try the app with a fictitious company's data, or set up your organisation and start adding your staff.</translation>
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
        <source>A name has 120 characters at most.</source>
        <translation>A name has 120 characters at most.</translation>
    </message>
    <message>
        <source>“{email}” is not an email address.</source>
        <translation>“{email}” is not an email address.</translation>
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
        <source>Changed by someone else meanwhile: reload and try again.</source>
        <translation>Changed by someone else meanwhile: reload and try again.</translation>
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
    <message>
        <source>This programme no longer exists.</source>
        <translation>This programme no longer exists.</translation>
    </message>
    <message>
        <source>{name} is archived and cannot join a pair.</source>
        <translation>{name} is archived and cannot join a pair.</translation>
    </message>
    <message>
        <source>{a} and {b} are manager and direct report: not in one pair.</source>
        <translation>{a} and {b} are manager and direct report: not in one pair.</translation>
    </message>
    <message>
        <source>This pair no longer exists.</source>
        <translation>This pair no longer exists.</translation>
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