<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CLI</name>
    <message>
        <source>Run a reverse-mentoring programme. Without a command, opens the app.</source>
        <translation>Animez un programme de mentorat inversé. Sans commande, ouvre l&apos;application.</translation>
    </message>
    <message>
        <source>PATH_OR_URL</source>
        <translation>CHEMIN_OU_URL</translation>
    </message>
    <message>
        <source>database file or SQLAlchemy URL (default: MENTORAT_DATABASE, else the data folder)</source>
        <translation>fichier de base de données ou URL SQLAlchemy (par défaut : MENTORAT_DATABASE, sinon le dossier de données)</translation>
    </message>
    <message>
        <source>language of the interface</source>
        <translation>langue de l&apos;interface</translation>
    </message>
    <message>
        <source>open the app on a fresh demo database in a temporary folder</source>
        <translation>ouvre l&apos;application sur une base de démonstration neuve, dans un dossier temporaire</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>fill an empty database with demo data</source>
        <translation>remplit une base vide avec des données de démonstration</translation>
    </message>
    <message>
        <source>small (about 40 people) or large (about 3,000, for benchmarks)</source>
        <translation>small (environ 40 personnes) ou large (environ 3 000, pour les mesures de performance)</translation>
    </message>
    <message>
        <source>random seed (same seed, same data)</source>
        <translation>graine aléatoire (même graine, mêmes données)</translation>
    </message>
    <message>
        <source>print the database location, schema and integrity</source>
        <translation>affiche l&apos;emplacement, le schéma et l&apos;intégrité de la base</translation>
    </message>
    <message>
        <source>save every view as a PNG picture</source>
        <translation>enregistre chaque vue en image PNG</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>where to save</source>
        <translation>où enregistrer</translation>
    </message>
    <message>
        <source>light or dark palette</source>
        <translation>palette claire ou sombre</translation>
    </message>
    <message>
        <source>Demo data loaded into {location}</source>
        <translation>Données de démonstration chargées dans {location}</translation>
    </message>
    <message>
        <source>{people} people, {departments} departments, {skills} skills, {programmes} programmes, {pairs} pairs, {sessions} sessions, {journals} journals, {certificates} certificates</source>
        <translation>{people} personnes, {departments} services, {skills} compétences, {programmes} programmes, {pairs} binômes, {sessions} séances, {journals} comptes rendus, {certificates} attestations</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Base de données : {location}</translation>
    </message>
    <message>
        <source>No database at this place yet: start Mentorat once to create it.</source>
        <translation>Aucune base à cet endroit pour l&apos;instant : lancez Mentorat une fois pour la créer.</translation>
    </message>
    <message>
        <source>Schema revision: {revision} (newer than this version of Mentorat)</source>
        <translation>Révision du schéma : {revision} (plus récente que cette version de Mentorat)</translation>
    </message>
    <message>
        <source>This is not a Mentorat database.</source>
        <translation>Ce n&apos;est pas une base Mentorat.</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>empty, created at the next start</source>
        <translation>vide, créée au prochain démarrage</translation>
    </message>
    <message>
        <source>older, upgraded at the next start to {head}</source>
        <translation>plus ancienne, mise à jour en {head} au prochain démarrage</translation>
    </message>
    <message>
        <source>Schema revision: {revision} ({state})</source>
        <translation>Révision du schéma : {revision} ({state})</translation>
    </message>
    <message>
        <source>Integrity: {report}</source>
        <translation>Intégrité : {report}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Changed by someone else meanwhile: reload and try again.</source>
        <translation>Modifié entre-temps par quelqu&apos;un d&apos;autre : rechargez et recommencez.</translation>
    </message>
    <message>
        <source>“{target}” is neither a file path nor a database URL.</source>
        <translation>« {target} » n&apos;est ni un chemin de fichier ni une URL de base de données.</translation>
    </message>
    <message>
        <source>Cannot use the database “{target}”: {reason}</source>
        <translation>Impossible d&apos;utiliser la base « {target} » : {reason}</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Mentorat (schema {revision}). Install the latest version to open it; the file was left untouched.</source>
        <translation>Cette base a été écrite par une version plus récente de Mentorat (schéma {revision}). Installez la dernière version pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>“{target}” is a database, but not a Mentorat one; it was left untouched.</source>
        <translation>« {target} » est une base de données, mais pas une base Mentorat ; elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Cannot create the folder “{folder}”: {reason}</source>
        <translation>Impossible de créer le dossier « {folder} » : {reason}</translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a database file.</source>
        <translation>« {path} » est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>Cannot read “{path}”: {reason}</source>
        <translation>Impossible de lire « {path} » : {reason}</translation>
    </message>
    <message>
        <source>“{path}” is not a Mentorat database (not an SQLite file).</source>
        <translation>« {path} » n&apos;est pas une base Mentorat (ce n&apos;est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>“{path}” is read-only: Mentorat needs to write to it.</source>
        <translation>« {path} » est en lecture seule : Mentorat doit pouvoir y écrire.</translation>
    </message>
    <message>
        <source>The folder “{folder}” is not writable: choose another place.</source>
        <translation>Le dossier « {folder} » n&apos;est pas accessible en écriture : choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>“{target}” is locked by another program. Close it and try again.</source>
        <translation>« {target} » est verrouillée par un autre programme. Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>“{target}” is damaged or not a database.</source>
        <translation>« {target} » est endommagée ou n&apos;est pas une base de données.</translation>
    </message>
    <message>
        <source>Cannot open the database “{target}”: {reason}</source>
        <translation>Impossible d&apos;ouvrir la base « {target} » : {reason}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Unknown demo size “{size}”: choose “small” or “large”.</source>
        <translation>Taille de démonstration inconnue « {size} » : choisissez « small » ou « large ».</translation>
    </message>
    <message>
        <source>The database already holds people, programmes or skills: demo data only goes into an empty database.</source>
        <translation>La base contient déjà des personnes, des programmes ou des compétences : les données de démonstration ne vont que dans une base vide.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Mentorat</source>
        <translation>Bienvenue dans Mentorat</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Mentorat&lt;/h2&gt;&lt;p&gt;Mentorat helps you run a reverse-mentoring programme: record your staff and their skills, form pairs, plan sessions, and print charters, agendas and certificates.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, saved as you type.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Mentorat&lt;/h2&gt;&lt;p&gt;Mentorat vous aide à animer un programme de mentorat inversé : enregistrez vos collaborateurs et leurs compétences, formez les binômes, planifiez les séances, imprimez chartes, ordres du jour et attestations.&lt;/p&gt;&lt;p&gt;Tout reste sur cet ordinateur, enregistré au fil de la saisie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your company&apos;s name</source>
        <translation>Le nom de votre entreprise</translation>
    </message>
    <message>
        <source>Printed on every document; you can change it later</source>
        <translation>Imprimé sur chaque document ; modifiable plus tard</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>Nom de l&apos;&amp;entreprise :</translation>
    </message>
    <message>
        <source>Language of the app and of its documents</source>
        <translation>Langue de l&apos;application et de ses documents</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Charger les données de &amp;démonstration</translation>
    </message>
    <message>
        <source>Explore the app with a fictitious company: people, pairs, sessions</source>
        <translation>Découvrez l&apos;application avec une entreprise fictive : personnes, binômes, séances</translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation>Commencer à &amp;vide</translation>
    </message>
    <message>
        <source>Start with your own data</source>
        <translation>Commencer avec vos propres données</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Charger les données de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Mentorat</source>
        <translation>À &amp;propos de Mentorat</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Base de données : {location}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language applies the next time Mentorat starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de Mentorat.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Données de démonstration chargées.</translation>
    </message>
    <message>
        <source>About Mentorat</source>
        <translation>À propos de Mentorat</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mentorat {version}&lt;/h3&gt;&lt;p&gt;Run a reverse-mentoring programme from one desktop PC.&lt;/p&gt;&lt;p&gt;Licence: MIT. Icons: Lucide (ISC).&lt;/p&gt;&lt;p&gt;Database: {location}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mentorat {version}&lt;/h3&gt;&lt;p&gt;Animez un programme de mentorat inversé depuis un seul ordinateur.&lt;/p&gt;&lt;p&gt;Licence : MIT. Icônes : Lucide (ISC).&lt;/p&gt;&lt;p&gt;Base de données : {location}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Organisation settings</source>
        <translation>Paramètres de l&apos;organisation</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>Nom de l&apos;&amp;entreprise :</translation>
    </message>
    <message>
        <source>Printed on every document</source>
        <translation>Imprimé sur chaque document</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Postal address, printed on certificates</source>
        <translation>Adresse postale, imprimée sur les attestations</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo :</translation>
    </message>
    <message>
        <source>PNG or JPEG, shown on documents</source>
        <translation>PNG ou JPEG, affiché sur les documents</translation>
    </message>
    <message>
        <source>Signatory &amp;name:</source>
        <translation>&amp;Nom du signataire :</translation>
    </message>
    <message>
        <source>Who signs certificates and charters</source>
        <translation>Qui signe les attestations et les chartes</translation>
    </message>
    <message>
        <source>Signatory &amp;title:</source>
        <translation>&amp;Fonction du signataire :</translation>
    </message>
    <message>
        <source>For example: Directrice des ressources humaines</source>
        <translation>Par exemple : Directrice des ressources humaines</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <source>Language of the app (after a restart) and of new documents</source>
        <translation>Langue de l&apos;application (après redémarrage) et des nouveaux documents</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Session times are wall-clock times in this zone</source>
        <translation>Les heures des séances sont les heures locales de ce fuseau</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Default &amp;session length:</source>
        <translation>Durée de &amp;séance par défaut :</translation>
    </message>
    <message>
        <source>Used when planning a new session</source>
        <translation>Utilisée lors de la planification d&apos;une nouvelle séance</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose an image file for the logo</source>
        <translation>Choisir un fichier image pour le logo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Print documents without a logo</source>
        <translation>Imprimer les documents sans logo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file is not an image Mentorat can read.</source>
        <translation>Ce fichier n&apos;est pas une image que Mentorat sait lire.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Mentorat cannot open its database</source>
        <translation>Mentorat ne peut pas ouvrir sa base de données</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Nothing here yet. Try the app with a fictitious company&apos;s data, or set up your organisation and start adding your staff.</source>
        <translation>Rien ici pour l&apos;instant. Essayez l&apos;application avec les données d&apos;une entreprise fictive, ou renseignez votre organisation et commencez à ajouter vos collaborateurs.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Charger les données de démonstration</translation>
    </message>
    <message>
        <source>Fill this empty database with a fictitious company</source>
        <translation>Remplir cette base vide avec une entreprise fictive</translation>
    </message>
    <message>
        <source>Set up the organisation…</source>
        <translation>Renseigner l&apos;organisation…</translation>
    </message>
    <message>
        <source>Company name, address, logo, signatory, language</source>
        <translation>Nom de l&apos;entreprise, adresse, logo, signataire, langue</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Another person already has this email address.</source>
        <translation>Une autre personne a déjà cette adresse e-mail.</translation>
    </message>
    <message>
        <source>A department with this name exists.</source>
        <translation>Un service porte déjà ce nom.</translation>
    </message>
    <message>
        <source>A category with this name exists.</source>
        <translation>Une catégorie porte déjà ce nom.</translation>
    </message>
    <message>
        <source>This category already has this skill.</source>
        <translation>Cette catégorie contient déjà cette compétence.</translation>
    </message>
    <message>
        <source>A programme with this name exists.</source>
        <translation>Un programme porte déjà ce nom.</translation>
    </message>
    <message>
        <source>The birth year is out of range.</source>
        <translation>L&apos;année de naissance est hors limites.</translation>
    </message>
    <message>
        <source>A person cannot be their own manager.</source>
        <translation>Une personne ne peut pas être son propre responsable.</translation>
    </message>
    <message>
        <source>Mentor and mentee must be two people.</source>
        <translation>Le mentor et le mentoré doivent être deux personnes différentes.</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>La fin ne peut pas précéder le début.</translation>
    </message>
    <message>
        <source>A level goes from 0 to 4.</source>
        <translation>Un niveau va de 0 à 4.</translation>
    </message>
    <message>
        <source>A rating goes from 1 to 5.</source>
        <translation>Une note va de 1 à 5.</translation>
    </message>
    <message>
        <source>The length must be more than zero.</source>
        <translation>La durée doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>This refers to something that no longer exists.</source>
        <translation>Ceci fait référence à un élément qui n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database.</source>
        <translation>La modification enfreint une règle de la base de données.</translation>
    </message>
    <message>
        <source>Enter a first or a last name.</source>
        <translation>Saisissez un prénom ou un nom.</translation>
    </message>
    <message>
        <source>A name has 120 characters at most.</source>
        <translation>Un nom compte 120 caractères au plus.</translation>
    </message>
    <message>
        <source>“{email}” is not an email address.</source>
        <translation>« {email} » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>The birth year must be between {first} and {last}.</source>
        <translation>L&apos;année de naissance doit être comprise entre {first} et {last}.</translation>
    </message>
    <message>
        <source>The hire date cannot be in the future.</source>
        <translation>La date d&apos;entrée ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The chosen manager no longer exists.</source>
        <translation>Le responsable choisi n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The chosen department no longer exists.</source>
        <translation>Le service choisi n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Cette personne n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Changed by someone else meanwhile: reload and try again.</source>
        <translation>Modifié entre-temps par quelqu&apos;un d&apos;autre : rechargez et recommencez.</translation>
    </message>
    <message>
        <source>{name} was archived.</source>
        <translation>{name} a été archivé(e).</translation>
    </message>
    <message>
        <source>This person appears in programmes or pairs: archive them instead.</source>
        <translation>Cette personne figure dans des programmes ou des binômes : archivez-la plutôt.</translation>
    </message>
    <message>
        <source>Enter the department&apos;s name.</source>
        <translation>Saisissez le nom du service.</translation>
    </message>
    <message>
        <source>Enter the programme&apos;s name.</source>
        <translation>Saisissez le nom du programme.</translation>
    </message>
    <message>
        <source>Sessions come at least every week.</source>
        <translation>Les séances ont lieu au moins chaque semaine.</translation>
    </message>
    <message>
        <source>A session lasts between 5 and 480 minutes.</source>
        <translation>Une séance dure entre 5 et 480 minutes.</translation>
    </message>
    <message>
        <source>A mentor takes at least one mentee.</source>
        <translation>Un mentor accompagne au moins un mentoré.</translation>
    </message>
    <message>
        <source>This programme no longer exists.</source>
        <translation>Ce programme n&apos;existe plus.</translation>
    </message>
    <message>
        <source>{name} is archived and cannot join a pair.</source>
        <translation>{name} est archivé(e) et ne peut pas rejoindre un binôme.</translation>
    </message>
    <message>
        <source>{a} and {b} are manager and direct report: not in one pair.</source>
        <translation>{a} et {b} sont responsable et collaborateur direct : pas dans le même binôme.</translation>
    </message>
    <message>
        <source>This pair no longer exists.</source>
        <translation>Ce binôme n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The company name is too long (200 at most).</source>
        <translation>Le nom de l&apos;entreprise est trop long (200 caractères au plus).</translation>
    </message>
    <message>
        <source>Choose French or English.</source>
        <translation>Choisissez le français ou l’anglais.</translation>
    </message>
    <message>
        <source>“{zone}” is not a known time zone.</source>
        <translation>« {zone} » n&apos;est pas un fuseau horaire connu.</translation>
    </message>
    <message>
        <source>The logo is too large (5 MB at most).</source>
        <translation>Le logo est trop volumineux (5 Mo au plus).</translation>
    </message>
    <message>
        <source>Reminders come after 1 to 365 days.</source>
        <translation>Les rappels viennent après 1 à 365 jours.</translation>
    </message>
    <message>
        <source>Retention is 1 to 240 months.</source>
        <translation>La conservation va de 1 à 240 mois.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>The chosen category no longer exists.</source>
        <translation>La catégorie choisie n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This skill no longer exists.</source>
        <translation>Cette compétence n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>What is happening in your programmes, what needs doing today, and whether the programme works.</source>
        <translation>Ce qui se passe dans vos programmes, ce qu&apos;il reste à faire aujourd&apos;hui, et si le programme porte ses fruits.</translation>
    </message>
    <message>
        <source>running programmes</source>
        <translation>programmes en cours</translation>
    </message>
    <message>
        <source>active pairs</source>
        <translation>binômes actifs</translation>
    </message>
    <message>
        <source>sessions to come</source>
        <translation>séances à venir</translation>
    </message>
    <message>
        <source>sessions held</source>
        <translation>séances tenues</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>The people of the company, who can teach what and who wants to learn what.</source>
        <translation>Les collaborateurs de l&apos;entreprise : qui peut transmettre quoi, qui veut apprendre quoi.</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>services</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>The skills catalogue by category, with supply and demand for each skill.</source>
        <translation>Le catalogue des compétences par catégorie, avec l&apos;offre et la demande pour chacune.</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>catégories</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>compétences</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>The mentor and mentee pairs of each programme, and how each pair is doing.</source>
        <translation>Les binômes mentor–mentoré de chaque programme, et où en est chacun.</translation>
    </message>
    <message>
        <source>programmes</source>
        <translation>programmes</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>binômes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Every meeting of every pair: planned, held, cancelled, and its journal.</source>
        <translation>Chaque rencontre de chaque binôme : prévue, tenue, annulée, et son compte rendu.</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>séances</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>journals written</source>
        <translation>comptes rendus rédigés</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Programme charters, session agendas, certificates and the programme report, to preview, print or save as PDF.</source>
        <translation>Chartes de programme, ordres du jour, attestations et bilan du programme, à prévisualiser, imprimer ou enregistrer en PDF.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>affiche cette aide et quitte</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>affiche le numéro de version et quitte</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide : %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide : %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
</context>
</TS>
