<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mentorat</source>
        <translation>À propos de Mentorat</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mentorat {version}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mentorat {version}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Run a reverse-mentoring programme from one desktop PC.</source>
        <translation>Piloter un programme de mentorat inversé depuis un seul PC.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence. Icons: Lucide (ISC licence). Documents font: Noto Sans (SIL Open Font Licence). Built with Qt for Python (LGPL v3).</source>
        <translation>Logiciel libre sous licence MIT. Icônes : Lucide (licence ISC). Police des documents : Noto Sans (SIL Open Font Licence). Réalisé avec Qt for Python (LGPL v3).</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>&amp;Open the data folder</source>
        <translation>&amp;Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>Afficher le dossier des données dans l’explorateur de fichiers</translation>
    </message>
    <message>
        <source>The folder is created the first time Mentorat saves data there.</source>
        <translation>Le dossier sera créé la première fois que Mentorat y enregistrera des données.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Uninstalling Mentorat leaves this folder in place: your database and its backups stay there until you delete them.</source>
        <translation>La désinstallation de Mentorat laisse ce dossier en place : votre base de données et ses sauvegardes y restent jusqu’à ce que vous les supprimiez.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les informations</translation>
    </message>
    <message>
        <source>Copy the version and locations, to send to support</source>
        <translation>Copier la version et les emplacements, pour les envoyer à l’assistance</translation>
    </message>
    <message>
        <source>Qt {qt}, Python {python}, {system}</source>
        <translation>Qt {qt}, Python {python}, {system}</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Dossier des données : {folder}</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Base de données : {location}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <source>What is to be done</source>
        <translation>Ce qu’il y a à faire</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>Supprimer cette action</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Session agenda</source>
        <translation>Ordre du jour de la séance</translation>
    </message>
    <message>
        <source>Session {number} agenda</source>
        <translation>Ordre du jour de la séance {number}</translation>
    </message>
    <message>
        <source>{mentor} and {mentee} — {programme}</source>
        <translation>{mentor} et {mentee} — {programme}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>{day}, {start} – {end}</source>
        <translation>{day}, {start} – {end}</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>to be decided</source>
        <translation>à définir</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} minutes</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation>À préparer</translation>
    </message>
    <message>
        <source>Open actions from earlier sessions</source>
        <translation>Actions en cours des séances précédentes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Free discussion</source>
        <translation>Échange libre</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>pour le {date}</translation>
    </message>
    <message>
        <source>Agenda — {mentor} and {mentee}</source>
        <translation>Ordre du jour — {mentor} et {mentee}</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Session agenda</source>
        <translation>Ordre du jour de la séance</translation>
    </message>
    <message>
        <source>{mentor} and {mentee}, {day} at {time}, {minutes} min</source>
        <translation>{mentor} et {mentee}, {day} à {time}, {minutes} min</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Points de l’ordre du jour</translation>
    </message>
    <message>
        <source>Double-click or F2 to edit; Alt+Up and Alt+Down or drag to reorder</source>
        <translation>Double-clic ou F2 pour modifier ; Alt+Haut et Alt+Bas ou glisser pour réordonner</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Ajouter un point</translation>
    </message>
    <message>
        <source>Add an item after the selected one (Insert)</source>
        <translation>Ajouter un point après celui sélectionné (Inser)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected item (Delete)</source>
        <translation>Supprimer le point sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected item up (Alt+Up)</source>
        <translation>Monter le point sélectionné (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <source>Move the selected item down (Alt+Down)</source>
        <translation>Descendre le point sélectionné (Alt+Bas)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>A ready-made agenda, fitted to the session's length</source>
        <translation>Un ordre du jour tout prêt, ajusté à la durée de la séance</translation>
    </message>
    <message>
        <source>Use &amp;template</source>
        <translation>Utiliser le &amp;modèle</translation>
    </message>
    <message>
        <source>Replace the agenda with the chosen template</source>
        <translation>Remplacer l’ordre du jour par le modèle choisi</translation>
    </message>
    <message>
        <source>What each side prepares; printed on the agenda</source>
        <translation>Ce que chacun prépare ; imprimé sur l’ordre du jour</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Pr&amp;eparation:</source>
        <translation>Pré&amp;paration :</translation>
    </message>
    <message>
        <source>Tem&amp;plate:</source>
        <translation>Mo&amp;dèle :</translation>
    </message>
    <message>
        <source>Changes are saved as you make them.</source>
        <translation>Les modifications sont enregistrées au fur et à mesure.</translation>
    </message>
    <message>
        <source>Open actions from earlier sessions</source>
        <translation>Actions en cours des séances précédentes</translation>
    </message>
    <message>
        <source>both</source>
        <translation>les deux</translation>
    </message>
    <message>
        <source>{text} ({owner})</source>
        <translation>{text} ({owner})</translation>
    </message>
    <message>
        <source>Ticked actions are proposed for this agenda.</source>
        <translation>Les actions cochées sont proposées pour cet ordre du jour.</translation>
    </message>
    <message>
        <source>No open action from the pair's earlier sessions.</source>
        <translation>Aucune action en cours issue des séances précédentes du binôme.</translation>
    </message>
    <message>
        <source>Add to the a&amp;genda</source>
        <translation>Ajouter à l’ordre du &amp;jour</translation>
    </message>
    <message>
        <source>A 5-minute follow-up item per ticked action</source>
        <translation>Un point de suivi de 5 minutes par action cochée</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouveau point</translation>
    </message>
    <message>
        <source>Use a template</source>
        <translation>Utiliser un modèle</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n items of this agenda with the template?</source>
        <translation>
            <numerusform>Remplacer le point de cet ordre du jour par le modèle ?</numerusform>
            <numerusform>Remplacer les %n points de cet ordre du jour par le modèle ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up: {action}</source>
        <translation>Suivi : {action}</translation>
    </message>
    <message>
        <source>Total: {total} of {length} min</source>
        <translation>Total : {total} sur {length} min</translation>
    </message>
    <message>
        <source>The agenda runs {over} min over the session.</source>
        <translation>L’ordre du jour dépasse la séance de {over} min.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
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
        <translation>Première séance</translation>
    </message>
    <message>
        <source>Regular session</source>
        <translation>Séance régulière</translation>
    </message>
    <message>
        <source>Mid-point review</source>
        <translation>Bilan à mi-parcours</translation>
    </message>
    <message>
        <source>Closing session</source>
        <translation>Séance de clôture</translation>
    </message>
    <message>
        <source>Get to know each other: background and expectations</source>
        <translation>Faire connaissance : parcours et attentes</translation>
    </message>
    <message>
        <source>Goals of the pair</source>
        <translation>Objectifs du binôme</translation>
    </message>
    <message>
        <source>Rhythm, time slots and how to reach each other</source>
        <translation>Rythme, créneaux et moyens de se joindre</translation>
    </message>
    <message>
        <source>Read and sign the charter</source>
        <translation>Lire et signer la charte</translation>
    </message>
    <message>
        <source>Next session and actions</source>
        <translation>Prochaine séance et actions</translation>
    </message>
    <message>
        <source>Mid-point review: what each has learned</source>
        <translation>Bilan à mi-parcours : ce que chacun a appris</translation>
    </message>
    <message>
        <source>Goals: where do we stand?</source>
        <translation>Objectifs : où en sommes-nous ?</translation>
    </message>
    <message>
        <source>What works, what to change</source>
        <translation>Ce qui marche, ce qui est à changer</translation>
    </message>
    <message>
        <source>Plan for the second half</source>
        <translation>Programme de la seconde moitié</translation>
    </message>
    <message>
        <source>Review of the programme</source>
        <translation>Bilan du parcours</translation>
    </message>
    <message>
        <source>Skill self-assessment</source>
        <translation>Auto-évaluation des compétences</translation>
    </message>
    <message>
        <source>Feedback to each other</source>
        <translation>Retours croisés</translation>
    </message>
    <message>
        <source>What comes next, and thanks</source>
        <translation>La suite, et remerciements</translation>
    </message>
    <message>
        <source>Follow-up of the last session's actions</source>
        <translation>Suivi des actions de la dernière séance</translation>
    </message>
    <message>
        <source>Actions for the next session</source>
        <translation>Actions pour la prochaine séance</translation>
    </message>
    <message>
        <source>{teacher} shows {learner}</source>
        <translation>{teacher} montre à {learner}</translation>
    </message>
</context>
<context>
    <name>AnonymiseConfirmDialog</name>
    <message>
        <source>Anonymise {name}</source>
        <translation>Anonymiser {name}</translation>
    </message>
    <message>
        <source>{name}'s name, email, birth year, hire date, job title and manager link, and every note written by or about them, will be erased for good. Their sessions, hours and ratings stay in the statistics. A backup is taken first.

Type their name to confirm:</source>
        <translation>Le nom, le courriel, l’année de naissance, la date d’embauche, l’intitulé de poste et le lien hiérarchique de {name}, ainsi que toutes les notes écrites par cette personne ou à son sujet, seront définitivement effacés. Ses séances, heures et évaluations restent dans les statistiques. Une sauvegarde est faite avant.

Saisissez son nom pour confirmer :</translation>
    </message>
    <message>
        <source>Name of the person</source>
        <translation>Nom de la personne</translation>
    </message>
    <message>
        <source>Type the name exactly as shown</source>
        <translation>Saisissez le nom exactement comme affiché</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonymiser</translation>
    </message>
</context>
<context>
    <name>AnonymisedCopiesDialog</name>
    <message>
        <source>Anonymised</source>
        <translation>Anonymisé</translation>
    </message>
    <message>
        <source>Copies that still hold the person</source>
        <translation>Copies qui contiennent encore la personne</translation>
    </message>
    <message>
        <source>&amp;Compact again</source>
        <translation>&amp;Compacter à nouveau</translation>
    </message>
    <message>
        <source>After closing the other Mentorat windows and programs using the database</source>
        <translation>Après avoir fermé les autres fenêtres de Mentorat et les programmes qui utilisent la base</translation>
    </message>
    <message>
        <source>&amp;Anonymise the backups</source>
        <translation>&amp;Anonymiser les sauvegardes</translation>
    </message>
    <message>
        <source>Erase the person in every backup that can be read; the others stay listed</source>
        <translation>Effacer la personne dans chaque sauvegarde lisible ; les autres restent dans la liste</translation>
    </message>
    <message>
        <source>&amp;Delete these copies</source>
        <translation>&amp;Supprimer ces copies</translation>
    </message>
    <message>
        <source>Delete every listed copy, the backup taken just before included</source>
        <translation>Supprimer toutes les copies de la liste, y compris la sauvegarde faite juste avant</translation>
    </message>
    <message>
        <source>The backup taken just before the anonymisation ({date}), in case it was a mistake: {file}</source>
        <translation>La sauvegarde faite juste avant l’anonymisation ({date}), en cas d’erreur : {file}</translation>
    </message>
    <message>
        <source>Backup of {date}: {file}</source>
        <translation>Sauvegarde du {date} : {file}</translation>
    </message>
    <message>
        <source>Encrypted backup of {date}, which cannot be anonymised without its password (it can be deleted): {file}</source>
        <translation>Sauvegarde chiffrée du {date}, impossible à anonymiser sans son mot de passe (elle peut être supprimée) : {file}</translation>
    </message>
    <message>
        <source>Damaged database set aside on {date}, which cannot be anonymised (it can be deleted): {file}</source>
        <translation>Base endommagée mise de côté le {date}, impossible à anonymiser (elle peut être supprimée) : {file}</translation>
    </message>
    <message>
        <source>{name} is now “{label}” in the database.</source>
        <translation>{name} est désormais « {label} » dans la base.</translation>
    </message>
    <message>
        <source>⚠ The database file itself still holds their data: another window or program was reading it. Close the other Mentorat windows, then choose Compact again.</source>
        <translation>⚠ Le fichier de la base contient encore ses données : une autre fenêtre ou un autre programme le lisait. Fermez les autres fenêtres de Mentorat, puis choisissez Compacter à nouveau.</translation>
    </message>
    <message>
        <source>These copies beside the database still hold their data:</source>
        <translation>Ces copies, à côté de la base, contiennent encore ses données :</translation>
    </message>
    <message>
        <source>No backup or copy beside the database holds their data.</source>
        <translation>Aucune sauvegarde ni copie à côté de la base ne contient plus ses données.</translation>
    </message>
    <message>
        <source>The server's own backups are kept by its administrator, not by Mentorat.</source>
        <translation>Les sauvegardes propres au serveur relèvent de son administrateur, pas de Mentorat.</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>Cannot write “{path}”: {reason}</source>
        <translation>Impossible d’écrire « {path} » : {reason}</translation>
    </message>
    <message>
        <source>“{name}”: {part} unpacks to more than {limit} MB, far more than any company's data; it was not imported.</source>
        <translation>« {name} » : {part} se décompresse en plus de {limit} Mo, bien plus que les données de toute entreprise ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>“{name}” is not a valid Mentorat archive (its manifest's “{field}”).</source>
        <translation>« {name} » n’est pas une archive Mentorat valide (le champ « {field} » de son manifeste).</translation>
    </message>
    <message>
        <source>“{name}” is not a Mentorat archive (no manifest).</source>
        <translation>« {name} » n’est pas une archive Mentorat (pas de manifeste).</translation>
    </message>
    <message>
        <source>“{name}” is not a Mentorat archive.</source>
        <translation>« {name} » n’est pas une archive Mentorat.</translation>
    </message>
    <message>
        <source>“{name}” was made by a newer version of Mentorat (schema {revision}): install the latest version to import it.</source>
        <translation>« {name} » a été créée par une version plus récente de Mentorat (schéma {revision}) : installez la dernière version pour l’importer.</translation>
    </message>
    <message>
        <source>“{name}” was made by an older version of Mentorat (schema {revision}). Import it with that version, let this version upgrade the database, then export it again.</source>
        <translation>« {name} » a été créée par une version plus ancienne de Mentorat (schéma {revision}). Importez-la avec cette version, laissez la version actuelle mettre la base à niveau, puis exportez-la de nouveau.</translation>
    </message>
    <message>
        <source>“{name}”, {table}.csv line {line}, column “{column}”: {reason}.</source>
        <translation>« {name} », {table}.csv ligne {line}, colonne « {column} » : {reason}.</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>une valeur est obligatoire</translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation>ce n’est pas une date et heure</translation>
    </message>
    <message>
        <source>a time without its time zone</source>
        <translation>une heure sans son fuseau horaire</translation>
    </message>
    <message>
        <source>“{cell}” is not true or false</source>
        <translation>« {cell} » n’est ni true ni false</translation>
    </message>
    <message>
        <source>“{cell}” is not a whole number</source>
        <translation>« {cell} » n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>ce n’est pas une date</translation>
    </message>
    <message>
        <source>not base64 data</source>
        <translation>ce ne sont pas des données base64</translation>
    </message>
    <message>
        <source>not one of the known values</source>
        <translation>ce n’est pas une des valeurs connues</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>un caractère NUL</translation>
    </message>
    <message numerus="yes">
        <source>longer than %n characters</source>
        <translation><numerusform>plus de %n caractère</numerusform><numerusform>plus de %n caractères</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the line does not have %n cells</source>
        <translation><numerusform>la ligne n’a pas %n cellule</numerusform><numerusform>la ligne n’a pas %n cellules</numerusform></translation>
    </message>
    <message>
        <source>“{name}”, {table}.csv line {line}: {reason}</source>
        <translation>« {name} », {table}.csv ligne {line} : {reason}</translation>
    </message>
    <message>
        <source>“{name}” is damaged ({table} does not match its checksum).</source>
        <translation>« {name} » est endommagée ({table} ne correspond pas à sa somme de contrôle).</translation>
    </message>
    <message>
        <source>“{name}”: the columns of {table} are not the expected ones.</source>
        <translation>« {name} » : les colonnes de {table} ne sont pas celles attendues.</translation>
    </message>
    <message>
        <source>“{name}” is not a readable ZIP archive.</source>
        <translation>« {name} » n’est pas une archive ZIP lisible.</translation>
    </message>
    <message>
        <source>“{name}” is encrypted (it holds the confidential notes): enter its password.</source>
        <translation>« {name} » est chiffrée (elle contient les notes confidentielles) : saisissez son mot de passe.</translation>
    </message>
    <message>
        <source>Wrong password for “{name}”.</source>
        <translation>Mot de passe incorrect pour « {name} ».</translation>
    </message>
    <message>
        <source>“{name}” lacks tables: {tables}.</source>
        <translation>Il manque des tables dans « {name} » : {tables}.</translation>
    </message>
    <message>
        <source>“{name}”: row counts differ for {tables}.</source>
        <translation>« {name} » : le nombre de lignes diffère pour {tables}.</translation>
    </message>
    <message>
        <source>“{name}” is damaged: {reason}</source>
        <translation>« {name} » est endommagée : {reason}</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Export everything</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <source>Writes every table as a CSV file into one ZIP archive. The confidential journal notes are left out, unless you include them: the archive is then encrypted with a password (AES-256).</source>
        <translation>Écrit chaque table sous forme de fichier CSV dans une seule archive ZIP. Les notes confidentielles du journal sont exclues, sauf si vous les incluez : l’archive est alors chiffrée par un mot de passe (AES-256).</translation>
    </message>
    <message>
        <source>&amp;Include the confidential notes (encrypted archive)</source>
        <translation>&amp;Inclure les notes confidentielles (archive chiffrée)</translation>
    </message>
    <message>
        <source>Only to move the whole programme to another computer</source>
        <translation>Seulement pour déplacer tout le programme sur un autre ordinateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>At least 8 characters; keep it somewhere safe</source>
        <translation>Au moins 8 caractères ; conservez-le en lieu sûr</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Mot de passe, à nouveau</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>Saisissez à nouveau le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Skill assessments</source>
        <translation>Évaluations des compétences</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>The programme whose participants are assessed</source>
        <translation>Le programme dont les participants sont évalués</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Progress compares the start and the end assessments</source>
        <translation>La progression compare les évaluations de début et de fin</translation>
    </message>
    <message>
        <source>Start of the programme</source>
        <translation>Début du programme</translation>
    </message>
    <message>
        <source>End of the programme</source>
        <translation>Fin du programme</translation>
    </message>
    <message>
        <source>During the programme</source>
        <translation>En cours de programme</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Assess everyone at once, or one person</source>
        <translation>Évaluer tout le monde d’un coup, ou une personne</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Date de l’évaluation</translation>
    </message>
    <message>
        <source>The day the levels were assessed</source>
        <translation>Le jour où les niveaux ont été évalués</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>&amp;Moment:</source>
        <translation>&amp;Moment :</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>P&amp;ersonne :</translation>
    </message>
    <message>
        <source>Each learner's level in the skills their pair works on (0 none, 1 basics, 2 intermediate, 3 advanced, 4 expert). It starts at the level already recorded for this moment, else the current level; the person's profile takes the new level.</source>
        <translation>Le niveau de chaque apprenant dans les compétences travaillées par son binôme (0 aucun, 1 notions, 2 intermédiaire, 3 avancé, 4 expert). Il part du niveau déjà saisi pour ce moment, sinon du niveau actuel ; le profil de la personne prend le nouveau niveau.</translation>
    </message>
    <message>
        <source>Levels to record</source>
        <translation>Niveaux à saisir</translation>
    </message>
    <message>
        <source>Skills and levels</source>
        <translation>Compétences et niveaux</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Record these levels as of the date chosen</source>
        <translation>Enregistrer ces niveaux à la date choisie</translation>
    </message>
    <message>
        <source>Everyone in the programme</source>
        <translation>Tout le programme</translation>
    </message>
    <message>
        <source>{person}: level in {skill}</source>
        <translation>{person} : niveau en {skill}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>{done} of {count}</source>
        <translation>{done} sur {count}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>No running or closed programme to assess yet.</source>
        <translation>Aucun programme en cours ou clôturé à évaluer pour l’instant.</translation>
    </message>
    <message>
        <source>Nobody to assess: the programme's pairs have no focus skills yet. Choose them in “Pairs” › “Edit pair…”.</source>
        <translation>Personne à évaluer : les binômes du programme n’ont pas encore de compétences travaillées. Choisissez-les dans « Binômes » › « Modifier le binôme… ».</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation><numerusform>Le mot de passe doit compter au moins %n caractère.</numerusform><numerusform>Le mot de passe doit compter au moins %n caractères.</numerusform></translation>
    </message>
    <message>
        <source>There is no database at “{path}” to back up.</source>
        <translation>Il n’y a pas de base de données à sauvegarder à l’emplacement « {path} ».</translation>
    </message>
    <message>
        <source>Cannot write the backup into “{folder}”: {reason}</source>
        <translation>Impossible d’écrire la sauvegarde dans « {folder} » : {reason}</translation>
    </message>
    <message>
        <source>Cannot read the database to back it up: {reason}</source>
        <translation>Impossible de lire la base de données pour la sauvegarder : {reason}</translation>
    </message>
    <message>
        <source>The backup failed its check and was removed: {problem}</source>
        <translation>La sauvegarde a échoué à sa vérification et a été supprimée : {problem}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up to a folder</source>
        <translation>Sauvegarder dans un dossier</translation>
    </message>
    <message>
        <source>Copies the whole database into a folder you choose, for instance a USB key kept away from this computer. The copy holds personal data of your staff: encrypt it when it leaves the office.</source>
        <translation>Copie toute la base de données dans le dossier de votre choix, par exemple une clé USB conservée loin de cet ordinateur. La copie contient des données personnelles de vos collaborateurs : chiffrez-la si elle quitte le bureau.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Where to write the backup</source>
        <translation>Où écrire la sauvegarde</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a password (AES-256 ZIP)</source>
        <translation>&amp;Chiffrer avec un mot de passe (ZIP AES-256)</translation>
    </message>
    <message>
        <source>The file then opens with the password in 7-Zip, WinZip or Mentorat</source>
        <translation>Le fichier s’ouvre alors avec le mot de passe dans 7-Zip, WinZip ou Mentorat</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>At least 8 characters; keep it somewhere safe</source>
        <translation>Au moins 8 caractères ; conservez-le en lieu sûr</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <source>Type the password again</source>
        <translation>Saisissez de nouveau le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>C&amp;onfirmation :</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <source>Write the backup into the folder</source>
        <translation>Écrire la sauvegarde dans le dossier</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Dossier de la sauvegarde</translation>
    </message>
    <message>
        <source>Choose the folder to back up into.</source>
        <translation>Choisissez le dossier où sauvegarder.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>✔ Backup written: {path}</source>
        <translation>✔ Sauvegarde écrite : {path}</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Run a reverse-mentoring programme. Without a command, opens the app.</source>
        <translation>Animez un programme de mentorat inversé. Sans commande, ouvre l’application.</translation>
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
        <translation>langue de l’interface</translation>
    </message>
    <message>
        <source>open the app on a fresh demo database in a temporary folder</source>
        <translation>ouvre l’application sur une base de démonstration neuve, dans un dossier temporaire</translation>
    </message>
    <message>
        <source>check this installation (database, demo data, documents, views) and exit</source>
        <translation>vérifier cette installation (base de données, données de démonstration, documents, vues) puis quitter</translation>
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
        <translation>affiche l’emplacement, le schéma et l’intégrité de la base</translation>
    </message>
    <message>
        <source>copy all data into another, empty database (SQLite ⇄ PostgreSQL)</source>
        <translation>copie toutes les données dans une autre base, vide (SQLite ⇄ PostgreSQL)</translation>
    </message>
    <message>
        <source>where the data is (default: the current database)</source>
        <translation>où sont les données (par défaut : la base actuelle)</translation>
    </message>
    <message>
        <source>the empty database to copy into</source>
        <translation>la base vide où copier</translation>
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
        <source>size of the main window, in pixels</source>
        <translation>taille de la fenêtre principale, en pixels</translation>
    </message>
    <message>
        <source>“{path}” is a file: name a folder for the pictures.</source>
        <translation>« {path} » est un fichier : indiquez un dossier pour les images.</translation>
    </message>
    <message>
        <source>Cannot write into “{path}”: {reason}</source>
        <translation>Impossible d’écrire dans « {path} » : {reason}</translation>
    </message>
    <message>
        <source>Demo data loaded into {location}</source>
        <translation>Données de démonstration chargées dans {location}</translation>
    </message>
    <message numerus="yes">
        <source>%n departments</source>
        <translation><numerusform>%n service</numerusform><numerusform>%n services</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skills</source>
        <translation><numerusform>%n compétence</numerusform><numerusform>%n compétences</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n programmes</source>
        <translation><numerusform>%n programme</numerusform><numerusform>%n programmes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n journals</source>
        <translation><numerusform>%n compte rendu</numerusform><numerusform>%n comptes rendus</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n certificates</source>
        <translation><numerusform>%n attestation</numerusform><numerusform>%n attestations</numerusform></translation>
    </message>
    <message>
        <source>“{target}” is neither a file path nor a database URL.</source>
        <translation>« {target} » n’est ni un chemin de fichier ni une URL de base de données.</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Base de données : {location}</translation>
    </message>
    <message>
        <source>No database at this place yet: start Mentorat once to create it.</source>
        <translation>Aucune base à cet endroit pour l’instant : lancez Mentorat une fois pour la créer.</translation>
    </message>
    <message>
        <source>Schema revision: {revision} (newer than this version of Mentorat)</source>
        <translation>Révision du schéma : {revision} (plus récente que cette version de Mentorat)</translation>
    </message>
    <message>
        <source>This is not a Mentorat database.</source>
        <translation>Ce n’est pas une base Mentorat.</translation>
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
    <message>
        <source>{percent}% copying {table}</source>
        <translation>{percent} % copie de {table}</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>DIFFÉRENT</translation>
    </message>
    <message>
        <source>The copy differs from the source: do not use it.</source>
        <translation>La copie diffère de la source : ne l’utilisez pas.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows copied from {source} to {destination}, checked.</source>
        <translation><numerusform>%n ligne copiée de {source} vers {destination}, vérifiée.</numerusform><numerusform>%n lignes copiées de {source} vers {destination}, vérifiées.</numerusform></translation>
    </message>
    <message>
        <source>save sessions as an iCalendar (.ics) file</source>
        <translation>enregistrer des séances dans un fichier iCalendar (.ics)</translation>
    </message>
    <message>
        <source>Save sessions as an .ics file. Without options: every session from today on. Importing the file again updates the same events.</source>
        <translation>Enregistre des séances dans un fichier .ics. Sans option : toutes les séances à partir d’aujourd’hui. Importer de nouveau le fichier met à jour les mêmes événements.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>only this programme (case and accents ignored)</source>
        <translation>seulement ce programme (sans tenir compte des majuscules ni des accents)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>only this pair: all its sessions unless --from is given</source>
        <translation>seulement ce binôme : toutes ses séances, sauf si --from est donné</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>sessions from this day on (YYYY-MM-DD; default: today)</source>
        <translation>séances à partir de ce jour (AAAA-MM-JJ ; par défaut : aujourd’hui)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>the .ics file to write</source>
        <translation>le fichier .ics à écrire</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions written to {path}</source>
        <translation><numerusform>%n séance écrite dans {path}</numerusform><numerusform>%n séances écrites dans {path}</numerusform></translation>
    </message>
    <message>
        <source>back up the database (into backups/ or a folder)</source>
        <translation>sauvegarde la base (dans backups/ ou un dossier)</translation>
    </message>
    <message>
        <source>a folder of your choice, such as a USB key</source>
        <translation>un dossier de votre choix, par exemple une clé USB</translation>
    </message>
    <message>
        <source>encrypt the copy (AES-256 ZIP); the password is asked for</source>
        <translation>chiffre la copie (ZIP AES-256) ; le mot de passe est demandé</translation>
    </message>
    <message>
        <source>replace the database with a backup</source>
        <translation>remplace la base par une sauvegarde</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>ne pas demander de confirmation</translation>
    </message>
    <message>
        <source>export or import all data as a ZIP of CSV files</source>
        <translation>exporte ou importe toutes les données en ZIP de fichiers CSV</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>write every table into a ZIP archive</source>
        <translation>écrit chaque table dans une archive ZIP</translation>
    </message>
    <message>
        <source>load an archive into an empty database</source>
        <translation>charge une archive dans une base vide</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>archive ZIP</translation>
    </message>
    <message>
        <source>include the confidential journal notes (left out by default); the archive is then encrypted with a password, which is asked for</source>
        <translation>inclure les notes confidentielles du journal (exclues par défaut) ; l’archive est alors chiffrée par un mot de passe, demandé à la saisie</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Encore une fois : </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>A server database is backed up by its administrator. “mentorat archive export FILE” writes a copy of all the data.</source>
        <translation>Une base sur serveur est sauvegardée par son administrateur. « mentorat archive export FICHIER » écrit une copie de toutes les données.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe : </translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Sauvegarde écrite : {path}</translation>
    </message>
    <message>
        <source>Password of the backup: </source>
        <translation>Mot de passe de la sauvegarde : </translation>
    </message>
    <message>
        <source>Backup taken: {date}</source>
        <translation>Sauvegarde prise le : {date}</translation>
    </message>
    <message>
        <source>It holds {people}, {pairs}, {sessions}.</source>
        <translation>Elle contient {people}, {pairs}, {sessions}.</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation><numerusform>%n personne</numerusform><numerusform>%n personnes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pairs</source>
        <translation><numerusform>%n binôme</numerusform><numerusform>%n binômes</numerusform></translation>
    </message>
    <message>
        <source>It comes from an older version and will be upgraded.</source>
        <translation>Elle provient d’une version plus ancienne et sera mise à jour.</translation>
    </message>
    <message>
        <source>Replace the data in {path} with it? [y/N] </source>
        <translation>Remplacer les données de {path} par celle-ci ? [o/N] </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>No answer: nothing was changed (use --yes).</source>
        <translation>Pas de réponse : rien n’a été modifié (utilisez --yes).</translation>
    </message>
    <message>
        <source>Restored into {path}.</source>
        <translation>Restaurée dans {path}.</translation>
    </message>
    <message>
        <source>The previous data was kept in {path}</source>
        <translation>Les données précédentes ont été conservées dans {path}</translation>
    </message>
    <message>
        <source>The damaged file was kept as {path}</source>
        <translation>Le fichier endommagé a été conservé sous {path}</translation>
    </message>
    <message>
        <source>The confidential journal notes were left out (--with-notes includes them, encrypted).</source>
        <translation>Les notes confidentielles du journal ont été exclues (--with-notes les inclut, chiffrées).</translation>
    </message>
    <message>
        <source>Password of the archive: </source>
        <translation>Mot de passe de l’archive : </translation>
    </message>
    <message numerus="yes">
        <source>%n rows exported to {path} (schema {revision}).</source>
        <translation><numerusform>%n ligne exportée vers {path} (schéma {revision}).</numerusform><numerusform>%n lignes exportées vers {path} (schéma {revision}).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rows imported from {path} (schema {revision}).</source>
        <translation><numerusform>%n ligne importée depuis {path} (schéma {revision}).</numerusform><numerusform>%n lignes importées depuis {path} (schéma {revision}).</numerusform></translation>
    </message>
    <message>
        <source>write a document as PDF (charter, agenda, certificate…)</source>
        <translation>écrit un document en PDF (charte, ordre du jour, attestation…)</translation>
    </message>
    <message>
        <source>which document</source>
        <translation>quel document</translation>
    </message>
    <message>
        <source>programme name or id</source>
        <translation>nom ou numéro du programme</translation>
    </message>
    <message>
        <source>pair id (charter of a pair)</source>
        <translation>numéro du binôme (charte d’un binôme)</translation>
    </message>
    <message>
        <source>session id (agenda)</source>
        <translation>numéro de la séance (ordre du jour)</translation>
    </message>
    <message>
        <source>person: name, email or id</source>
        <translation>personne : nom, courriel ou numéro</translation>
    </message>
    <message>
        <source>first day (agendas)</source>
        <translation>premier jour (ordres du jour)</translation>
    </message>
    <message>
        <source>last day (agendas)</source>
        <translation>dernier jour (ordres du jour)</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>RAISON</translation>
    </message>
    <message>
        <source>issue a certificate although the criteria are not met, for this reason</source>
        <translation>délivre une attestation bien que les critères ne soient pas remplis, pour cette raison</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>the PDF file (a folder for certificates)</source>
        <translation>le fichier PDF (un dossier pour les attestations)</translation>
    </message>
    <message>
        <source>tell whose certificate a code is</source>
        <translation>indique à qui appartient l’attestation d’un code</translation>
    </message>
    <message>
        <source>the code printed on the certificate, or the text its QR code holds</source>
        <translation>le code imprimé sur l’attestation, ou le texte de son QR code</translation>
    </message>
    <message numerus="yes">
        <source>%n certificates written to {folder}; all of them in {file}</source>
        <translation><numerusform>%n attestation écrite dans {folder} ; aussi dans {file}</numerusform><numerusform>%n attestations écrites dans {folder} ; toutes réunies dans {file}</numerusform></translation>
    </message>
    <message>
        <source>Cannot use “{path}”: {reason}</source>
        <translation>Impossible d’utiliser « {path} » : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n held sessions</source>
        <translation><numerusform>%n séance tenue</numerusform><numerusform>%n séances tenues</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation><numerusform>%n séance</numerusform><numerusform>%n séances</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message>
        <source>{code}: certificate of {person}, {role}, programme “{programme}”, issued on {date}; {figures}.</source>
        <translation>{code} : attestation de {person}, {role}, programme « {programme} », délivrée le {date} ; {figures}.</translation>
    </message>
    <message>
        <source>Name the programme with --programme.</source>
        <translation>Indiquez le programme avec --programme.</translation>
    </message>
    <message>
        <source>{title} written to {path}</source>
        <translation>{title} écrit dans {path}</translation>
    </message>
    <message>
        <source>✔ {name}: certificate ({held})</source>
        <translation>✔ {name} : attestation ({held})</translation>
    </message>
    <message>
        <source>✔ {name}: certificate by override ({missing})</source>
        <translation>✔ {name} : attestation par dérogation ({missing})</translation>
    </message>
    <message>
        <source>✘ {name}: no certificate, missing: {missing}</source>
        <translation>✘ {name} : pas d’attestation, il manque : {missing}</translation>
    </message>
    <message>
        <source>No certificate has the code {code}.</source>
        <translation>Aucune attestation ne porte le code {code}.</translation>
    </message>
    <message>
        <source>Issued by override: {reason}</source>
        <translation>Délivrée par dérogation : {reason}</translation>
    </message>
    <message>
        <source>propose the best pairs for a programme, with scores and reasons</source>
        <translation>proposer les meilleurs binômes d’un programme, avec scores et raisons</translation>
    </message>
    <message>
        <source>the programme's name (case and accents ignored)</source>
        <translation>le nom du programme (sans tenir compte de la casse ni des accents)</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>afficher du JSON au lieu de texte</translation>
    </message>
    <message>
        <source>create the proposed pairs</source>
        <translation>créer les binômes proposés</translation>
    </message>
    <message>
        <source>match as many people as possible, then by score</source>
        <translation>apparier le plus de personnes possible, puis selon le score</translation>
    </message>
    <message>
        <source>No programme named “{name}”.</source>
        <translation>Aucun programme nommé « {name} ».</translation>
    </message>
    <message numerus="yes">
        <source>{programme}: %n pairs proposed, total score {total}</source>
        <translation><numerusform>{programme} : %n binôme proposé, score total {total}</numerusform><numerusform>{programme} : %n binômes proposés, score total {total}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pairs created.</source>
        <translation><numerusform>%n binôme créé.</numerusform><numerusform>%n binômes créés.</numerusform></translation>
    </message>
    <message>
        <source>Left without a pair:</source>
        <translation>Sans binôme :</translation>
    </message>
    <message>
        <source>import people from a CSV or XLSX file (all rows or none)</source>
        <translation>importer des personnes depuis un fichier CSV ou XLSX (toutes les lignes ou aucune)</translation>
    </message>
    <message>
        <source>the CSV or XLSX file</source>
        <translation>le fichier CSV ou XLSX</translation>
    </message>
    <message>
        <source>check the file and print what would happen, without writing</source>
        <translation>vérifier le fichier et afficher ce qui se passerait, sans rien écrire</translation>
    </message>
    <message>
        <source>update people already there (same email, else same name)</source>
        <translation>mettre à jour les personnes déjà présentes (même courriel, sinon même nom)</translation>
    </message>
    <message>
        <source>leave people already there unchanged (the default)</source>
        <translation>laisser inchangées les personnes déjà présentes (par défaut)</translation>
    </message>
    <message>
        <source>import the valid rows even when some rows are rejected</source>
        <translation>importer les lignes valides même si certaines sont refusées</translation>
    </message>
    <message>
        <source>the sheet to read in a workbook with several sheets</source>
        <translation>la feuille à lire dans un classeur qui en a plusieurs</translation>
    </message>
    <message>
        <source>save the staff list and skills matrix (XLSX or CSV)</source>
        <translation>enregistrer la liste du personnel et la matrice des compétences (XLSX ou CSV)</translation>
    </message>
    <message>
        <source>a .xlsx or .csv file to write</source>
        <translation>un fichier .xlsx ou .csv à écrire</translation>
    </message>
    <message>
        <source>with a .csv file, write the skills matrix instead of the staff list</source>
        <translation>avec un fichier .csv, écrire la matrice des compétences au lieu de la liste du personnel</translation>
    </message>
    <message>
        <source>fillable PDF forms: write them out, import them back</source>
        <translation>formulaires PDF à remplir : les écrire, les importer au retour</translation>
    </message>
    <message>
        <source>write one form per participant (per side for feedback)</source>
        <translation>écrire un formulaire par participant (un par côté pour un retour de séance)</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>the programme (case and accents ignored)</source>
        <translation>le programme (sans tenir compte des majuscules ni des accents)</translation>
    </message>
    <message>
        <source>the session a feedback form is about</source>
        <translation>la séance sur laquelle porte le retour</translation>
    </message>
    <message>
        <source>the folder to write the forms into</source>
        <translation>le dossier où écrire les formulaires</translation>
    </message>
    <message>
        <source>import returned forms (files or folders of PDFs)</source>
        <translation>importer des formulaires retournés (fichiers ou dossiers de PDF)</translation>
    </message>
    <message>
        <source>FILE_OR_FOLDER</source>
        <translation>FICHIER_OU_DOSSIER</translation>
    </message>
    <message>
        <source>returned PDF forms, or folders holding them</source>
        <translation>formulaires PDF retournés, ou dossiers qui les contiennent</translation>
    </message>
    <message>
        <source>show what would change, change nothing</source>
        <translation>montrer ce qui changerait, sans rien changer</translation>
    </message>
    <message numerus="yes">
        <source>%n forms written to {folder}</source>
        <translation><numerusform>%n formulaire écrit dans {folder}</numerusform><numerusform>%n formulaires écrits dans {folder}</numerusform></translation>
    </message>
    <message>
        <source>No file at {path}.</source>
        <translation>Aucun fichier à l’emplacement {path}.</translation>
    </message>
    <message>
        <source>No PDF file in {path}.</source>
        <translation>Aucun fichier PDF dans {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n forms refused: nothing was imported.</source>
        <translation><numerusform>%n formulaire refusé : rien n’a été importé.</numerusform><numerusform>%n formulaires refusés : rien n’a été importé.</numerusform></translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>Essai à blanc : rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n forms imported.</source>
        <translation><numerusform>%n formulaire importé.</numerusform><numerusform>%n formulaires importés.</numerusform></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>{file}: refused: {problem}</source>
        <translation>{file} : refusé : {problem}</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>rien de nouveau</translation>
    </message>
    <message>
        <source>Cannot read {path}: permission denied.</source>
        <translation>Impossible de lire {path} : accès refusé.</translation>
    </message>
    <message>
        <source>Name it with --sheet NAME.</source>
        <translation>Indiquez-la avec --sheet NOM.</translation>
    </message>
    <message>
        <source>line {line}: rejected: {reason}</source>
        <translation>ligne {line} : refusée : {reason}</translation>
    </message>
    <message>
        <source>line {line}: skipped: {reason}</source>
        <translation>ligne {line} : ignorée : {reason}</translation>
    </message>
    <message>
        <source>line {line}: note: {reason}</source>
        <translation>ligne {line} : remarque : {reason}</translation>
    </message>
    <message>
        <source>{created}, {updated}, {skipped}, {rejected}.</source>
        <translation>{created}, {updated}, {skipped}, {rejected}.</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation><numerusform>%n créée</numerusform><numerusform>%n créées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation><numerusform>%n mise à jour</numerusform><numerusform>%n mises à jour</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation><numerusform>%n ignorée</numerusform><numerusform>%n ignorées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation><numerusform>%n refusée</numerusform><numerusform>%n refusées</numerusform></translation>
    </message>
    <message>
        <source>Would create {created}, update {updated} and skip {skipped}; {rejected}.</source>
        <translation>Créerait {created}, mettrait à jour {updated} et ignorerait {skipped} ; {rejected}.</translation>
    </message>
    <message>
        <source>New departments: {names}</source>
        <translation>Nouveaux services : {names}</translation>
    </message>
    <message>
        <source>New skills: {names}</source>
        <translation>Nouvelles compétences : {names}</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Essai à blanc : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Nothing was written: fix the rejected rows, or use --skip-invalid to import the others.</source>
        <translation>Rien n’a été écrit : corrigez les lignes refusées, ou utilisez --skip-invalid pour importer les autres.</translation>
    </message>
    <message>
        <source>Name a .xlsx or .csv file.</source>
        <translation>Indiquez un fichier .xlsx ou .csv.</translation>
    </message>
    <message>
        <source>{people} and {skills} written to {path}</source>
        <translation>{people} et {skills} écrites dans {path}</translation>
    </message>
    <message>
        <source>“{text}” is not a record number (a whole number such as 12).</source>
        <translation>« {text} » n’est pas un numéro d’enregistrement (un nombre entier comme 12).</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number such as 3.</source>
        <translation>« {text} » n’est pas un nombre entier comme 3.</translation>
    </message>
    <message>
        <source>“{text}” is not a date like 2026-03-17.</source>
        <translation>« {text} » n’est pas une date comme 2026-03-17.</translation>
    </message>
    <message>
        <source>{day} is out of range: give a day between {first} and {last}.</source>
        <translation>{day} est hors limites : donnez un jour entre le {first} et le {last}.</translation>
    </message>
    <message numerus="yes">
        <source>“{text}” is too long or holds control characters (at most %n characters).</source>
        <translation><numerusform>« {text} » est trop long ou contient des caractères de contrôle (%n caractère au plus).</numerusform><numerusform>« {text} » est trop long ou contient des caractères de contrôle (%n caractères au plus).</numerusform></translation>
    </message>
    <message>
        <source>“{text}” is not a usable path (empty, a NUL character, or a name past 255 characters).</source>
        <translation>« {text} » n’est pas un chemin utilisable (vide, un caractère NUL, ou un nom de plus de 255 caractères).</translation>
    </message>
    <message>
        <source>“{text}” is not a database URL (such as {example}).</source>
        <translation>« {text} » n’est pas une URL de base de données (comme {example}).</translation>
    </message>
    <message>
        <source>The port {port} does not exist: ports go from 1 to 65535.</source>
        <translation>Le port {port} n’existe pas : les ports vont de 1 à 65535.</translation>
    </message>
    <message>
        <source>Mentorat is working on this database on this computer and still was after {seconds} seconds: close the app (or wait for the other command), then try again.</source>
        <translation>Mentorat travaille sur cette base de données sur cet ordinateur, et c’était encore le cas après {seconds} secondes : fermez l’application (ou attendez la fin de l’autre commande), puis réessayez.</translation>
    </message>
    <message>
        <source>Mentorat is open on this database on the computer “{computer}”: close it there, then try again.</source>
        <translation>Mentorat est ouvert sur cette base de données sur l’ordinateur « {computer} » : fermez-le là-bas, puis réessayez.</translation>
    </message>
    <message>
        <source>The changes are saved, but the backup failed: {reason}</source>
        <translation>Les modifications sont enregistrées, mais la sauvegarde a échoué : {reason}</translation>
    </message>
    <message>
        <source>send the participants their invitations, forms or certificates</source>
        <translation>envoie aux participants leurs invitations, formulaires ou attestations</translation>
    </message>
    <message>
        <source>Prepare the messages of a programme and send them through the mail server of the app's Settings › Email (--send), or write them as drafts your mail program opens (--drafts). A message already sent is not sent again.</source>
        <translation>Prépare les messages d’un programme et les envoie par le serveur de courriel de Paramètres › Courriel de l’application (--send), ou les écrit en brouillons que votre logiciel de courriel ouvre (--drafts). Un message déjà envoyé ne l’est pas une seconde fois.</translation>
    </message>
    <message>
        <source>invitations, welcome, feedback, end or certificates</source>
        <translation>invitations, welcome (bienvenue), feedback (retours), end (fin) ou certificates (attestations)</translation>
    </message>
    <message>
        <source>the programme (its name, case and accents ignored, or its number)</source>
        <translation>le programme (son nom, sans tenir compte des majuscules ni des accents, ou son numéro)</translation>
    </message>
    <message>
        <source>only this session (may be given more than once)</source>
        <translation>seulement cette séance (peut être répété)</translation>
    </message>
    <message>
        <source>also send again what was already sent</source>
        <translation>envoyer aussi de nouveau ce qui a déjà été envoyé</translation>
    </message>
    <message>
        <source>write .eml drafts into this folder</source>
        <translation>écrire les brouillons .eml dans ce dossier</translation>
    </message>
    <message>
        <source>send through the mail server of Settings › Email</source>
        <translation>envoyer par le serveur de courriel de Paramètres › Courriel</translation>
    </message>
    <message>
        <source>No mail server is set: enter it in the app's Settings › Email, or use --drafts FOLDER.</source>
        <translation>Aucun serveur de courriel n’est réglé : saisissez-le dans Paramètres › Courriel de l’application, ou utilisez --drafts DOSSIER.</translation>
    </message>
    <message>
        <source>“{path}” is a file: give a folder for the drafts.</source>
        <translation>« {path} » est un fichier : indiquez un dossier pour les brouillons.</translation>
    </message>
    <message>
        <source>No email address, nothing sent: {name}</source>
        <translation>Pas d’adresse de courriel, rien d’envoyé : {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n messages already sent and unchanged: not sent again</source>
        <translation><numerusform>%n message déjà envoyé et inchangé : pas envoyé de nouveau</numerusform><numerusform>%n messages déjà envoyés et inchangés : pas envoyés de nouveau</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n drafts written to {folder}</source>
        <translation><numerusform>%n brouillon écrit dans {folder}</numerusform><numerusform>%n brouillons écrits dans {folder}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n messages sent</source>
        <translation><numerusform>%n message envoyé</numerusform><numerusform>%n messages envoyés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n messages failed; they stay in the outbox for a retry.</source>
        <translation><numerusform>%n message a échoué ; il reste dans la boîte d’envoi pour un nouvel essai.</numerusform><numerusform>%n messages ont échoué ; ils restent dans la boîte d’envoi pour un nouvel essai.</numerusform></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>No programme is named “{name}”.</source>
        <translation>Aucun programme ne s’appelle « {name} ».</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Ordre du jour :</translation>
    </message>
    <message>
        <source>{time} {topic} ({minutes} min)</source>
        <translation>{time} {topic} ({minutes} min)</translation>
    </message>
    <message>
        <source>To prepare: {notes}</source>
        <translation>À préparer : {notes}</translation>
    </message>
    <message>
        <source>Mentoring: {mentor} and {mentee}</source>
        <translation>Mentorat : {mentor} et {mentee}</translation>
    </message>
    <message>
        <source>Cancelled: {title}</source>
        <translation>Annulée : {title}</translation>
    </message>
    <message>
        <source>Mentoring sessions</source>
        <translation>Séances de mentorat</translation>
    </message>
    <message>
        <source>Cannot write “{path}”: {reason}</source>
        <translation>Impossible d’écrire « {path} » : {reason}</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>as a mentor, sharing their knowledge</source>
        <translation>en tant que mentor, en partageant ses savoirs</translation>
    </message>
    <message>
        <source>as a mentee, learning from a colleague</source>
        <translation>en apprenant auprès d’une ou d’un collègue</translation>
    </message>
    <message>
        <source>both as a mentor and as a mentee, in a reciprocal pair</source>
        <translation>à la fois en transmettant et en apprenant, dans un binôme réciproque</translation>
    </message>
    <message>
        <source>Certificate of participation</source>
        <translation>Attestation de participation</translation>
    </message>
    <message>
        <source>Reverse-mentoring programme “{programme}”</source>
        <translation>Programme de mentorat inversé « {programme} »</translation>
    </message>
    <message>
        <source>We certify that</source>
        <translation>Nous attestons que</translation>
    </message>
    <message>
        <source>took part in the programme “{programme}” from {start} to {end}, {role}.</source>
        <translation>a participé au programme « {programme} » du {start} au {end}, {role}.</translation>
    </message>
    <message>
        <source>sessions held</source>
        <translation>séances tenues</translation>
    </message>
    <message>
        <source>of mentoring</source>
        <translation>de mentorat</translation>
    </message>
    <message>
        <source>Skills passed on</source>
        <translation>Compétences transmises</translation>
    </message>
    <message>
        <source>Skills learned</source>
        <translation>Compétences acquises</translation>
    </message>
    <message>
        <source>Issued in {place} on {date}</source>
        <translation>Fait à {place}, le {date}</translation>
    </message>
    <message>
        <source>Issued on {date}</source>
        <translation>Fait le {date}</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <source>Certificate — {name}</source>
        <translation>Attestation — {name}</translation>
    </message>
    <message>
        <source>Certificates — {programme}</source>
        <translation>Attestations — {programme}</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>This person no longer exists.</source>
        <translation>Cette personne n’existe plus.</translation>
    </message>
    <message>
        <source>not in any pair of this programme</source>
        <translation>dans aucun binôme de ce programme</translation>
    </message>
    <message numerus="yes">
        <source>%n held sessions of the {needed} required</source>
        <translation><numerusform>%n séance tenue sur les {needed} requises</numerusform><numerusform>%n séances tenues sur les {needed} requises</numerusform></translation>
    </message>
    <message>
        <source>end assessment not recorded</source>
        <translation>évaluation de fin non enregistrée</translation>
    </message>
    <message>
        <source>{name} has not met the criteria ({reason}). Give a reason to issue the certificate anyway.</source>
        <translation>{name} ne remplit pas les critères ({reason}). Indiquez une raison pour délivrer l’attestation malgré tout.</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentoré</translation>
    </message>
    <message>
        <source>mentor and mentee</source>
        <translation>mentor et mentoré</translation>
    </message>
    <message>
        <source>This certificate no longer exists.</source>
        <translation>Cette attestation n’existe plus.</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <source>Write the certificates</source>
        <translation>Écrire les attestations</translation>
    </message>
    <message numerus="yes">
        <source>%n participants will get a certificate.</source>
        <translation>
            <numerusform>%n participant recevra une attestation.</numerusform>
            <numerusform>%n participants recevront une attestation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will not, unless you give a reason:</source>
        <translation>
            <numerusform>%n n’en recevra pas, sauf si vous donnez un motif :</numerusform>
            <numerusform>%n n’en recevront pas, sauf si vous donnez un motif :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ certificate: %n held sessions</source>
        <translation>
            <numerusform>✔ attestation : %n séance tenue</numerusform>
            <numerusform>✔ attestation : %n séances tenues</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ missing: {what}</source>
        <translation>✘ il manque : {what}</translation>
    </message>
    <message>
        <source>Reason to issue it anyway (optional)</source>
        <translation>Motif pour la délivrer quand même (facultatif)</translation>
    </message>
    <message>
        <source>Recorded on the certificate as an override</source>
        <translation>Enregistré sur l’attestation comme dérogation</translation>
    </message>
    <message>
        <source>Reason to issue the certificate of {name}</source>
        <translation>Motif pour délivrer l’attestation de {name}</translation>
    </message>
    <message>
        <source>Choose the folder and write…</source>
        <translation>Choisir le dossier et écrire…</translation>
    </message>
    <message>
        <source>Nobody gets a certificate yet: give a reason for one participant at least.</source>
        <translation>Personne ne reçoit encore d’attestation : donnez un motif pour au moins un participant.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Show as a table</source>
        <translation>Afficher en tableau</translation>
    </message>
    <message>
        <source>The same numbers as a table, for reading or copying</source>
        <translation>Les mêmes chiffres en tableau, à lire ou à copier</translation>
    </message>
    <message>
        <source>Show as a chart</source>
        <translation>Afficher en graphique</translation>
    </message>
</context>
<context>
    <name>Charter</name>
    <message>
        <source>Confidentiality: what is said in a session stays between the two of you.</source>
        <translation>Confidentialité : ce qui se dit en séance reste entre vous deux.</translation>
    </message>
    <message>
        <source>Kindness: no question is silly, no habit is old-fashioned; listen first.</source>
        <translation>Bienveillance : aucune question n’est bête, aucune habitude n’est dépassée ; écoutez d’abord.</translation>
    </message>
    <message>
        <source>Preparation: come with a question, an example or a task to work on.</source>
        <translation>Préparation : venez avec une question, un exemple ou une tâche à travailler.</translation>
    </message>
    <message>
        <source>Rhythm: keep the dates; move a session rather than cancel it.</source>
        <translation>Rythme : tenez les dates ; déplacez une séance plutôt que de l’annuler.</translation>
    </message>
    <message>
        <source>Duration: commit for the whole programme, including the closing review.</source>
        <translation>Durée : engagez-vous pour tout le programme, y compris le bilan de clôture.</translation>
    </message>
    <message>
        <source>Teach by doing together, at the other's pace, on their real work.</source>
        <translation>Transmettre en faisant ensemble, au rythme de l’autre, sur son travail réel.</translation>
    </message>
    <message>
        <source>You are a teacher, not the IT hotline: sessions are for learning, not for fixing the other's computer.</source>
        <translation>Vous êtes un enseignant, pas l’assistance informatique : les séances servent à apprendre, pas à dépanner l’ordinateur de l’autre.</translation>
    </message>
    <message>
        <source>Share the know-how of your trade, your network and your experience.</source>
        <translation>Partager le savoir-faire de votre métier, votre réseau et votre expérience.</translation>
    </message>
    <message>
        <source>Try things between sessions: that is where learning happens.</source>
        <translation>S’exercer entre les séances : c’est là que l’on apprend.</translation>
    </message>
    <message>
        <source>Our commitments</source>
        <translation>Nos engagements</translation>
    </message>
    <message>
        <source>Both of us</source>
        <translation>Tous les deux</translation>
    </message>
    <message>
        <source>The mentor</source>
        <translation>Le mentor</translation>
    </message>
    <message>
        <source>The mentee</source>
        <translation>Le mentoré</translation>
    </message>
    <message>
        <source>No reporting line inside a pair: a manager and their own direct report are never paired, so that both can speak freely.</source>
        <translation>Pas de lien hiérarchique dans un binôme : un responsable et son collaborateur direct ne sont jamais associés, pour que chacun parle librement.</translation>
    </message>
    <message numerus="yes">
        <source>One session every %n weeks, of {minutes} minutes.</source>
        <translation><numerusform>Une séance par semaine, de {minutes} minutes.</numerusform><numerusform>Une séance toutes les %n semaines, de {minutes} minutes.</numerusform></translation>
    </message>
    <message>
        <source>In a reciprocal pair, the time is shared between the two directions.</source>
        <translation>Dans un binôme réciproque, le temps est partagé entre les deux sens.</translation>
    </message>
    <message>
        <source>From {start} to {end}.</source>
        <translation>Du {start} au {end}.</translation>
    </message>
    <message>
        <source>Cancelling: warn the other at least two working days before, and set a new date within two weeks.</source>
        <translation>Annulation : prévenez l’autre au moins deux jours ouvrés avant, et fixez une nouvelle date dans les deux semaines.</translation>
    </message>
    <message>
        <source>A mid-point review with the coordinator checks that the pair works.</source>
        <translation>Un point à mi-parcours avec la coordination vérifie que le binôme fonctionne.</translation>
    </message>
    <message>
        <source>Practicalities</source>
        <translation>Modalités pratiques</translation>
    </message>
    <message>
        <source>the programme coordinator</source>
        <translation>la coordination du programme</translation>
    </message>
    <message>
        <source>What the coordinator sees</source>
        <translation>Ce que voit la coordination</translation>
    </message>
    <message>
        <source>The coordinator sees attendance, hours and the ratings of each session, to follow the programme. The notes you write are not shared: they stay yours.</source>
        <translation>La coordination voit la présence, les heures et les notes attribuées à chaque séance, pour suivre le programme. Les notes que vous rédigez ne sont pas partagées : elles restent les vôtres.</translation>
    </message>
    <message>
        <source>A way out, without fault</source>
        <translation>Une sortie possible, sans reproche</translation>
    </message>
    <message>
        <source>A pair that does not work is nobody's fault. Either of you may end it at any time by telling {contact}, who will look for another match.</source>
        <translation>Un binôme qui ne fonctionne pas n’est la faute de personne. Chacun peut y mettre fin à tout moment en prévenant {contact}, qui cherchera une autre association.</translation>
    </message>
    <message>
        <source>Your personal data</source>
        <translation>Vos données personnelles</translation>
    </message>
    <message numerus="yes">
        <source>The company records your name, department, skills, sessions and ratings only to run this programme and issue your certificate. They are kept %n months after the programme, then anonymised. You may see, correct or have them erased by asking {contact}.</source>
        <translation><numerusform>L’entreprise enregistre votre nom, votre service, vos compétences, vos séances et vos évaluations uniquement pour animer ce programme et délivrer votre attestation. Elles sont conservées %n mois après le programme, puis anonymisées. Vous pouvez les consulter, les faire corriger ou effacer en vous adressant à {contact}.</numerusform><numerusform>L’entreprise enregistre votre nom, votre service, vos compétences, vos séances et vos évaluations uniquement pour animer ce programme et délivrer votre attestation. Elles sont conservées %n mois après le programme, puis anonymisées. Vous pouvez les consulter, les faire corriger ou effacer en vous adressant à {contact}.</numerusform></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>{name} teaches</source>
        <translation>{name} transmet</translation>
    </message>
    <message>
        <source>Our pair</source>
        <translation>Notre binôme</translation>
    </message>
    <message>
        <source>Our goals</source>
        <translation>Nos objectifs</translation>
    </message>
    <message>
        <source>For the company</source>
        <translation>Pour l’entreprise</translation>
    </message>
    <message>
        <source>Date and signature</source>
        <translation>Date et signature</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Reverse-mentoring charter</source>
        <translation>Charte du mentorat inversé</translation>
    </message>
    <message>
        <source>What reverse mentoring is</source>
        <translation>Qu’est-ce que le mentorat inversé ?</translation>
    </message>
    <message>
        <source>In reverse mentoring, a colleague who masters a skill — often a younger one, at ease with digital tools — teaches it to a more experienced colleague, who gives back their know-how of the trade, the clients and the company. Both learn; neither is the other's boss.</source>
        <translation>Dans le mentorat inversé, un collègue qui maîtrise une compétence — souvent plus jeune, à l’aise avec les outils numériques — la transmet à un collègue plus expérimenté, qui partage en retour sa connaissance du métier, des clients et de l’entreprise. Les deux apprennent ; aucun n’est le supérieur de l’autre.</translation>
    </message>
    <message>
        <source>Objectives of the programme</source>
        <translation>Objectifs du programme</translation>
    </message>
    <message>
        <source>Rules of this programme</source>
        <translation>Règles propres à ce programme</translation>
    </message>
    <message>
        <source>Charter — {programme}</source>
        <translation>Charte — {programme}</translation>
    </message>
</context>
<context>
    <name>ChosenSkillsModel</name>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
</context>
<context>
    <name>CloseProgrammeDialog</name>
    <message>
        <source>Close the programme</source>
        <translation>Clôturer le programme</translation>
    </message>
    <message>
        <source>End-of-programme assessment: the level each learner reached in the skills worked on. It shows the progress in the programme report.</source>
        <translation>Évaluation de fin de programme : le niveau atteint par chaque apprenant dans les compétences travaillées. Elle montre les progrès dans le bilan du programme.</translation>
    </message>
    <message>
        <source>End-of-programme assessment</source>
        <translation>Évaluation de fin de programme</translation>
    </message>
    <message numerus="yes">
        <source>The end questionnaires were sent (%n messages): the levels they bring back are recorded when you import them.</source>
        <translation>
            <numerusform>Le questionnaire de fin de programme a été envoyé (%n message) : les niveaux qu’il rapporte sont enregistrés quand vous l’importez.</numerusform>
            <numerusform>Les questionnaires de fin de programme ont été envoyés (%n messages) : les niveaux qu’ils rapportent sont enregistrés quand vous les importez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The end questionnaires have not been sent: each participant can give their own levels in one. Send them first and close the programme once they are back, or record the levels here.</source>
        <translation>Les questionnaires de fin de programme n’ont pas été envoyés : chaque participant peut y indiquer ses propres niveaux. Envoyez-les d’abord et clôturez le programme une fois qu’ils sont revenus, ou enregistrez les niveaux ici.</translation>
    </message>
    <message>
        <source>Record &amp;no level now: the returned end questionnaires give them</source>
        <translation>N’enregistrer &amp;aucun niveau maintenant : les questionnaires de fin renvoyés les donneront</translation>
    </message>
    <message>
        <source>A level recorded here and another in a returned questionnaire conflict</source>
        <translation>Un niveau enregistré ici et un autre dans un questionnaire renvoyé sont en conflit</translation>
    </message>
    <message>
        <source>Send the end &amp;questionnaires first…</source>
        <translation>Envoyer d’abord les &amp;questionnaires de fin…</translation>
    </message>
    <message>
        <source>Leaves the programme running and opens Email › Send the end-of-programme questionnaire</source>
        <translation>Laisse le programme en cours et ouvre Messages › Envoyer le questionnaire de fin de programme</translation>
    </message>
    <message>
        <source>Pairs still going</source>
        <translation>Binômes encore en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs are still going: %1</source>
        <translation>
            <numerusform>%n binôme est encore en cours : %1</numerusform>
            <numerusform>%n binômes sont encore en cours : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>How the pairs end; a pair that never started is stopped</source>
        <translation>Comment les binômes se terminent ; un binôme qui n’a jamais commencé est arrêté</translation>
    </message>
    <message>
        <source>&amp;End them as:</source>
        <translation>&amp;Les terminer comme :</translation>
    </message>
    <message>
        <source>The day the pairs end; their sessions still to come are cancelled</source>
        <translation>Le jour où les binômes se terminent ; leurs séances à venir sont annulées</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>L&amp;e :</translation>
    </message>
    <message>
        <source>Needed when they stop</source>
        <translation>Nécessaire s’ils s’arrêtent</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Show what was saved meanwhile; the changes refused here are dropped</source>
        <translation>Afficher ce qui a été enregistré entre-temps ; les modifications refusées ici sont abandonnées</translation>
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
        <translation>Taux d’appariement</translation>
    </message>
    <message>
        <source>Active pairs</source>
        <translation>Binômes actifs</translation>
    </message>
    <message>
        <source>Sessions this month</source>
        <translation>Séances ce mois-ci</translation>
    </message>
    <message>
        <source>Hours of mentoring</source>
        <translation>Heures de mentorat</translation>
    </message>
    <message>
        <source>Session completion</source>
        <translation>Séances tenues</translation>
    </message>
    <message>
        <source>Pairs completed / stopped</source>
        <translation>Binômes terminés / arrêtés</translation>
    </message>
    <message>
        <source>Ratings (mentors / mentees)</source>
        <translation>Notes (mentors / mentorés)</translation>
    </message>
    <message numerus="yes">
        <source>%n of {participants} participants are in an active pair</source>
        <translation><numerusform>%n participant sur {participants} est dans un binôme actif</numerusform><numerusform>%n participants sur {participants} sont dans un binôme actif</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{share} met in the last 30 days (%n pairs)</source>
        <translation><numerusform>{share} se sont vus ces 30 derniers jours (%n binôme)</numerusform><numerusform>{share} se sont vus ces 30 derniers jours (%n binômes)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>held this month; %n more planned</source>
        <translation><numerusform>tenues ce mois-ci ; encore %n prévue</numerusform><numerusform>tenues ce mois-ci ; encore %n prévues</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n held sessions</source>
        <translation><numerusform>en %n séance tenue</numerusform><numerusform>en %n séances tenues</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{held} of %n planned to date</source>
        <translation><numerusform>{held} sur %n prévue à ce jour</numerusform><numerusform>{held} sur %n prévues à ce jour</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation><numerusform>%n tenue</numerusform><numerusform>%n tenues</numerusform></translation>
    </message>
    <message>
        <source>{completed}, {stopped}</source>
        <translation>{completed}, {stopped}</translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation><numerusform>%n terminé</numerusform><numerusform>%n terminés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n stopped early</source>
        <translation><numerusform>%n arrêté en cours de route</numerusform><numerusform>%n arrêtés en cours de route</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>average out of 5, over %n rated journals</source>
        <translation><numerusform>moyenne sur 5, sur %n journal noté</numerusform><numerusform>moyenne sur 5, sur %n journaux notés</numerusform></translation>
    </message>
    <message>
        <source>Pairing fit (good / unsure / not)</source>
        <translation>Entente (bonne / incertaine / non)</translation>
    </message>
    <message>
        <source>{good}, {unsure}, {bad}</source>
        <translation>{good}, {unsure}, {bad}</translation>
    </message>
    <message numerus="yes">
        <source>%n good fit</source>
        <translation><numerusform>%n bonne entente</numerusform><numerusform>%n bonnes ententes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unsure</source>
        <translation><numerusform>%n incertaine</numerusform><numerusform>%n incertaines</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not a fit</source>
        <translation><numerusform>%n sans entente</numerusform><numerusform>%n sans entente</numerusform></translation>
    </message>
    <message>
        <source>Journals to write</source>
        <translation>Journaux à rédiger</translation>
    </message>
    <message numerus="yes">
        <source>of which %n overdue (over a week)</source>
        <translation><numerusform>dont %n en retard (plus d’une semaine)</numerusform><numerusform>dont %n en retard (plus d’une semaine)</numerusform></translation>
    </message>
    <message>
        <source>Stalled: {text}</source>
        <translation>À l’arrêt : {text}</translation>
    </message>
    <message numerus="yes">
        <source>{mentor} and {mentee}: no session held in the %n days since the start ({rhythm})</source>
        <translation><numerusform>{mentor} et {mentee} : aucune séance tenue en %n jour depuis le début ({rhythm})</numerusform><numerusform>{mentor} et {mentee} : aucune séance tenue en %n jours depuis le début ({rhythm})</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{mentor} and {mentee}: no session for %n days ({rhythm})</source>
        <translation><numerusform>{mentor} et {mentee} : aucune séance depuis %n jour ({rhythm})</numerusform><numerusform>{mentor} et {mentee} : aucune séance depuis %n jours ({rhythm})</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>one every %n weeks planned</source>
        <translation><numerusform>une par semaine prévue</numerusform><numerusform>une toutes les %n semaines prévue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more pairs without a recent session</source>
        <translation><numerusform>… et %n autre binôme sans séance récente</numerusform><numerusform>… et %n autres binômes sans séance récente</numerusform></translation>
    </message>
    <message>
        <source>both</source>
        <translation>les deux</translation>
    </message>
    <message>
        <source>the mentor</source>
        <translation>le mentor</translation>
    </message>
    <message>
        <source>the mentee</source>
        <translation>le mentoré</translation>
    </message>
    <message>
        <source>{mentor} and {mentee}: “not a fit”, said by {who}. Talk to them.</source>
        <translation>{mentor} et {mentee} : « pas d’entente », selon {who}. Parlez-leur.</translation>
    </message>
    <message>
        <source>Journal overdue: {mentor} and {mentee}, session of {day}</source>
        <translation>Journal en retard : {mentor} et {mentee}, séance du {day}</translation>
    </message>
    <message>
        <source>Journal to write: {mentor} and {mentee}, session of {day}</source>
        <translation>Journal à rédiger : {mentor} et {mentee}, séance du {day}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more sessions to journal</source>
        <translation><numerusform>… et %n autre séance à consigner</numerusform><numerusform>… et %n autres séances à consigner</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more overdue actions</source>
        <translation><numerusform>… et %n autre action en retard</numerusform><numerusform>… et %n autres actions en retard</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“{programme}”: %n certificates to issue</source>
        <translation><numerusform>« {programme} » : %n attestation à délivrer</numerusform><numerusform>« {programme} » : %n attestations à délivrer</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“{programme}”: end assessment to record for %n people</source>
        <translation><numerusform>« {programme} » : évaluation de fin à saisir pour %n personne</numerusform><numerusform>« {programme} » : évaluation de fin à saisir pour %n personnes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n people want to learn “{skill}”, which nobody in a running programme teaches</source>
        <translation><numerusform>%n personne veut apprendre « {skill} », que personne n’enseigne dans un programme en cours</numerusform><numerusform>%n personnes veulent apprendre « {skill} », que personne n’enseigne dans un programme en cours</numerusform></translation>
    </message>
    <message>
        <source>Action due on {day}, still open: “{action}” ({mentor} and {mentee})</source>
        <translation>Action prévue pour le {day}, toujours ouverte : « {action} » ({mentor} et {mentee})</translation>
    </message>
    <message>
        <source>“{programme}” ended on {day}: close it</source>
        <translation>« {programme} » s’est terminé le {day} : clôturez-le</translation>
    </message>
    <message>
        <source>“{programme}” ends on {day}</source>
        <translation>« {programme} » se termine le {day}</translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>Séances par mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenues</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquées</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>By mentors</source>
        <translation>Par les mentors</translation>
    </message>
    <message>
        <source>By mentees</source>
        <translation>Par les mentorés</translation>
    </message>
    <message>
        <source>Journals</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Skill progress</source>
        <translation>Progression des compétences</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Start level</source>
        <translation>Niveau de départ</translation>
    </message>
    <message>
        <source>End level</source>
        <translation>Niveau final</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>Séances par mois</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Skill progress</source>
        <translation>Progression</translation>
    </message>
    <message numerus="yes">
        <source>To do (%n)</source>
        <translation>
            <numerusform>À faire (%n)</numerusform>
            <numerusform>À faire (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a line, or press Enter, to go where it is done.</source>
        <translation>Cliquez sur une ligne, ou appuyez sur Entrée, pour aller là où cela se fait.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>The programme whose figures are shown</source>
        <translation>Le programme dont les chiffres sont affichés</translation>
    </message>
    <message>
        <source>Assessments…</source>
        <translation>Évaluations…</translation>
    </message>
    <message>
        <source>Record the participants' levels at the start or the end of the programme</source>
        <translation>Saisir le niveau des participants au début ou à la fin du programme</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>The figures, the to-do list and the charts, for a slide</source>
        <translation>Les chiffres, la liste des tâches et les graphiques, pour une présentation</translation>
    </message>
    <message>
        <source>Figures and to-do list as Excel (.xlsx)…</source>
        <translation>Chiffres et tâches en Excel (.xlsx)…</translation>
    </message>
    <message>
        <source>Figures and to-do list as CSV…</source>
        <translation>Chiffres et tâches en CSV…</translation>
    </message>
    <message>
        <source>Charts as PNG images…</source>
        <translation>Graphiques en images PNG…</translation>
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
        <translation>Configurer l’organisation…</translation>
    </message>
    <message>
        <source>Company name, address, logo, signatory, language</source>
        <translation>Nom de l’entreprise, adresse, logo, signataire, langue</translation>
    </message>
    <message>
        <source>Go to Pairs</source>
        <translation>Aller aux binômes</translation>
    </message>
    <message>
        <source>Create a programme and form its pairs</source>
        <translation>Créer un programme et former ses binômes</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <source>All running programmes</source>
        <translation>Tous les programmes en cours</translation>
    </message>
    <message>
        <source>Nothing here yet. Try the app with a fictitious company's data, or set up your organisation and start adding your staff.</source>
        <translation>Rien pour l’instant. Essayez l’application avec les données d’une entreprise fictive, ou configurez votre organisation et commencez à ajouter votre personnel.</translation>
    </message>
    <message>
        <source>No programme is running. Create a programme in “Pairs”, choose its participants and form the pairs; its figures and to-do list show here.</source>
        <translation>Aucun programme en cours. Créez un programme dans « Binômes », choisissez ses participants et formez les binômes ; ses chiffres et ses tâches s’affichent ici.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Exporter le tableau de bord</translation>
    </message>
    <message>
        <source>Cannot write “{path}”: {reason}</source>
        <translation>Impossible d’écrire « {path} » : {reason}</translation>
    </message>
    <message>
        <source>Folder for the chart images</source>
        <translation>Dossier des images des graphiques</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Copy the database into its backups folder</source>
        <translation>Copier la base de données dans son dossier de sauvegardes</translation>
    </message>
    <message>
        <source>Back up to a &amp;folder…</source>
        <translation>Sauvegarder dans un d&amp;ossier…</translation>
    </message>
    <message>
        <source>A copy on a USB key, optionally encrypted</source>
        <translation>Une copie sur une clé USB, chiffrée si vous le souhaitez</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Export everything…</source>
        <translation>&amp;Tout exporter…</translation>
    </message>
    <message>
        <source>One ZIP file with every table as CSV, to archive or move the data</source>
        <translation>Un fichier ZIP avec chaque table en CSV, pour archiver ou déplacer les données</translation>
    </message>
    <message>
        <source>&amp;Personal data…</source>
        <translation>Données &amp;personnelles…</translation>
    </message>
    <message>
        <source>Export a person's data, or anonymise someone who left</source>
        <translation>Exporter les données d’une personne, ou anonymiser quelqu’un qui est parti</translation>
    </message>
    <message>
        <source>Backup failed: {reason}</source>
        <translation>Échec de la sauvegarde : {reason}</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Aucune sauvegarde pour l’instant</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Dernière sauvegarde : {when}</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Sauvegardé dans {path}</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauration effectuée</translation>
    </message>
    <message>
        <source>The backup is restored. The previous data was kept in {path}.</source>
        <translation>La sauvegarde est restaurée. Les données précédentes ont été conservées dans {path}.</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>Archive ZIP (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>%n rows exported to {path}</source>
        <translation>
            <numerusform>%n ligne exportée dans {path}</numerusform>
            <numerusform>%n lignes exportées dans {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Changed by someone else meanwhile: reload and try again.</source>
        <translation>Modifié entre-temps par quelqu’un d’autre : rechargez et recommencez.</translation>
    </message>
    <message>
        <source>“{target}” is neither a file path nor a database URL.</source>
        <translation>« {target} » n’est ni un chemin de fichier ni une URL de base de données.</translation>
    </message>
    <message>
        <source>Cannot use the database “{target}”: {reason}</source>
        <translation>Impossible d’utiliser la base « {target} » : {reason}</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Mentorat (schema {revision}). Install the latest version to open it; the file was left untouched.</source>
        <translation>Cette base a été écrite par une version plus récente de Mentorat (schéma {revision}). Installez la dernière version pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“{target}” is a database, but not a Mentorat one; it was left untouched.</source>
        <translation>« {target} » est une base de données, mais pas une base Mentorat ; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>“{target}” does not have the schema Mentorat builds ({problems}); it was left untouched.</source>
        <translation>« {target} » n’a pas le schéma que construit Mentorat ({problems}) ; il n’a pas été modifié.</translation>
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
        <source>There is no database at “{path}”.</source>
        <translation>Il n’y a pas de base de données à l’emplacement « {path} ».</translation>
    </message>
    <message>
        <source>“{target}” comes from an older version of Mentorat and is read-only: copy it to a folder you can write to, then open it.</source>
        <translation>« {target} » vient d’une version plus ancienne de Mentorat et est en lecture seule : copiez-la dans un dossier où vous pouvez écrire, puis ouvrez-la.</translation>
    </message>
    <message>
        <source>“{path}” is a device or a pipe, not a database file.</source>
        <translation>« {path} » est un périphérique ou un tube, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>Cannot read “{path}”: {reason}</source>
        <translation>Impossible de lire « {path} » : {reason}</translation>
    </message>
    <message>
        <source>“{path}” is not a Mentorat database (not an SQLite file).</source>
        <translation>« {path} » n’est pas une base Mentorat (ce n’est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>“{path}” is read-only: Mentorat needs to write to it.</source>
        <translation>« {path} » est en lecture seule : Mentorat doit pouvoir y écrire.</translation>
    </message>
    <message>
        <source>The folder “{folder}” is not writable: choose another place.</source>
        <translation>Le dossier « {folder} » n’est pas accessible en écriture : choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>“{target}” is locked by another program. Close it and try again.</source>
        <translation>« {target} » est verrouillée par un autre programme. Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>“{target}” is read-only: Mentorat needs to write to it.</source>
        <translation>« {target} » est en lecture seule : Mentorat doit pouvoir y écrire.</translation>
    </message>
    <message>
        <source>The disk holding “{target}” is full: free some space and try again.</source>
        <translation>Le disque qui contient « {target} » est plein : libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>Cannot open the database “{target}”.</source>
        <translation>Impossible d’ouvrir la base de données « {target} ».</translation>
    </message>
    <message>
        <source>“{target}” is damaged or not a database.</source>
        <translation>« {target} » est endommagée ou n’est pas une base de données.</translation>
    </message>
    <message>
        <source>Cannot open the database “{target}”: {reason}</source>
        <translation>Impossible d’ouvrir la base « {target} » : {reason}</translation>
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
    <name>DocumentDialog</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Préparation du document…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Imprimer le document</translation>
    </message>
    <message>
        <source>Save the document as a PDF file</source>
        <translation>Enregistrer le document en PDF</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Page {number} sur {total}</translation>
    </message>
    <message>
        <source>This programme no longer exists.</source>
        <translation>Ce programme n’existe plus.</translation>
    </message>
    <message>
        <source>This pair no longer exists.</source>
        <translation>Ce binôme n’existe plus.</translation>
    </message>
    <message>
        <source>both</source>
        <translation>les deux</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>Cette séance n’existe plus.</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Programme charter</source>
        <translation>Charte du programme</translation>
    </message>
    <message>
        <source>Pair charter, with signatures</source>
        <translation>Charte d’un binôme, avec signatures</translation>
    </message>
    <message>
        <source>Session agenda</source>
        <translation>Ordre du jour d’une séance</translation>
    </message>
    <message>
        <source>Agendas of a week</source>
        <translation>Ordres du jour d’une semaine</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>All certificates of a programme</source>
        <translation>Toutes les attestations d’un programme</translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>Bilan du programme</translation>
    </message>
    <message>
        <source>Reason for issuing it anyway</source>
        <translation>Raison de la délivrer malgré tout</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>Doc&amp;ument :</translation>
    </message>
    <message>
        <source>Which document to prepare</source>
        <translation>Quel document préparer</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>The programme</source>
        <translation>Le programme</translation>
    </message>
    <message>
        <source>P&amp;air:</source>
        <translation>Bin&amp;ôme :</translation>
    </message>
    <message>
        <source>Mentor → mentee</source>
        <translation>Mentor → mentoré</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Séance :</translation>
    </message>
    <message>
        <source>An upcoming session</source>
        <translation>Une séance à venir</translation>
    </message>
    <message>
        <source>&amp;Week of:</source>
        <translation>Se&amp;maine du :</translation>
    </message>
    <message>
        <source>Prints that day and the 6 after</source>
        <translation>Imprime ce jour et les 6 suivants</translation>
    </message>
    <message>
        <source>Pa&amp;rticipant:</source>
        <translation>Pa&amp;rticipant :</translation>
    </message>
    <message>
        <source>Who the certificate is for</source>
        <translation>À qui est destinée l’attestation</translation>
    </message>
    <message>
        <source>&amp;Override:</source>
        <translation>Déro&amp;gation :</translation>
    </message>
    <message>
        <source>The criteria are not met: say why the certificate is issued anyway</source>
        <translation>Les critères ne sont pas remplis : indiquez pourquoi l’attestation est délivrée malgré tout</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Participants’ for&amp;ms…</source>
        <translation>For&amp;mulaires des participants…</translation>
    </message>
    <message>
        <source>Fillable PDF forms: skills questionnaire, session feedback, end of programme</source>
        <translation>Formulaires PDF à remplir : questionnaire de compétences, retour de séance, fin de programme</translation>
    </message>
    <message>
        <source>Import retur&amp;ned forms…</source>
        <translation>Importer les formulaires retour&amp;nés…</translation>
    </message>
    <message>
        <source>Record the answers of the returned forms</source>
        <translation>Enregistrer les réponses des formulaires retournés</translation>
    </message>
    <message>
        <source>Send by &amp;email…</source>
        <translation>Envoyer par &amp;courriel…</translation>
    </message>
    <message>
        <source>Send each participant their certificate</source>
        <translation>Envoyer à chaque participant son attestation</translation>
    </message>
    <message numerus="yes">
        <source>{title} — %n pages</source>
        <translation>
            <numerusform>{title} — %n page</numerusform>
            <numerusform>{title} — %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the document (Ctrl+P)</source>
        <translation>Imprimer le document (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save the document as a PDF file (Ctrl+S)</source>
        <translation>Enregistrer le document en PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Show the last saved file in its folder</source>
        <translation>Montrer le dernier fichier enregistré dans son dossier</translation>
    </message>
    <message>
        <source>&amp;Write the certificates…</source>
        <translation>Écrire les a&amp;ttestations…</translation>
    </message>
    <message>
        <source>One PDF per participant in a folder, and one file with all of them</source>
        <translation>Un PDF par participant dans un dossier, et un fichier les réunissant toutes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>No programme yet. Documents are made for a programme: create one in the Pairs view (“New programme…”); its charter, agendas, certificates and report are then prepared here.</source>
        <translation>Aucun programme pour l’instant. Les documents se font pour un programme : créez-en un dans la vue Binômes (« Nouveau programme… ») ; sa charte, ses ordres du jour, ses attestations et son bilan se préparent ensuite ici.</translation>
    </message>
    <message>
        <source>Go to Pairs</source>
        <translation>Aller aux binômes</translation>
    </message>
    <message>
        <source>Create a programme and form its pairs</source>
        <translation>Créer un programme et former ses binômes</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>délivrée</translation>
    </message>
    <message>
        <source>criteria met</source>
        <translation>critères remplis</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>Séance {number}</translation>
    </message>
    <message>
        <source>Choose the programme, then write the certificates.</source>
        <translation>Choisissez le programme, puis écrivez les attestations.</translation>
    </message>
    <message>
        <source>This programme has no pairs yet.</source>
        <translation>Ce programme n’a pas encore de binômes.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Enregistré sous {path}</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Dossier des attestations</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <source>Certificate of {name}…</source>
        <translation>Attestation de {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n certificates written.</source>
        <translation>
            <numerusform>Arrêté : %n attestation écrite.</numerusform>
            <numerusform>Arrêté : %n attestations écrites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificates written, and all of them in “%1”.</source>
        <translation>
            <numerusform>%n attestation écrite, et toutes dans « %1 ».</numerusform>
            <numerusform>%n attestations écrites, et toutes dans « %1 ».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>&amp;Undo: {label}</source>
        <translation>&amp;Annuler : {label}</translation>
    </message>
    <message>
        <source>Undo: {label}</source>
        <translation>Annuler : {label}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <source>&amp;Redo: {label}</source>
        <translation>&amp;Rétablir : {label}</translation>
    </message>
    <message>
        <source>Redo: {label}</source>
        <translation>Rétablir : {label}</translation>
    </message>
    <message>
        <source>Undone: {label}</source>
        <translation>Annulé : {label}</translation>
    </message>
    <message>
        <source>Redone: {label}</source>
        <translation>Rétabli : {label}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>EndLevelsModel</name>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation>Niveau atteint</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Date d’entrée</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Can teach</source>
        <translation>Peut enseigner</translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation>Veut apprendre</translation>
    </message>
    <message>
        <source>Other skills</source>
        <translation>Autres compétences</translation>
    </message>
    <message>
        <source>Active pairs</source>
        <translation>Binômes en cours</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Cannot write “{path}”: {reason}</source>
        <translation>Impossible d’écrire « {path} » : {reason}</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Skills matrix</source>
        <translation>Matrice des compétences</translation>
    </message>
    <message>
        <source>Choose what the document is about.</source>
        <translation>Choisissez le sujet du document.</translation>
    </message>
    <message>
        <source>Charter — {name}</source>
        <translation>Charte — {name}</translation>
    </message>
    <message>
        <source>Agenda — {mentor} and {mentee}, {date}</source>
        <translation>Ordre du jour — {mentor} et {mentee}, {date}</translation>
    </message>
    <message>
        <source>Choose the dates to print.</source>
        <translation>Choisissez les dates à imprimer.</translation>
    </message>
    <message>
        <source>No session is planned in these dates.</source>
        <translation>Aucune séance n’est prévue à ces dates.</translation>
    </message>
    <message>
        <source>Agendas from {start} to {end}</source>
        <translation>Ordres du jour du {start} au {end}</translation>
    </message>
    <message>
        <source>Certificate — {name}</source>
        <translation>Attestation — {name}</translation>
    </message>
    <message>
        <source>Programme report — {name}</source>
        <translation>Bilan du programme — {name}</translation>
    </message>
    <message>
        <source>Nobody in this programme has met the certificate's criteria yet.</source>
        <translation>Personne dans ce programme ne remplit encore les critères de l’attestation.</translation>
    </message>
    <message>
        <source>All certificates — {programme}</source>
        <translation>Toutes les attestations — {programme}</translation>
    </message>
</context>
<context>
    <name>FigureHelp</name>
    <message>
        <source>Participants of the programmes shown who are the mentor or the mentee of an active pair, divided by all their participants. Archived people (who left the company) are counted on neither side.</source>
        <translation>Participants des programmes affichés qui sont mentor ou mentoré d’un binôme actif, divisés par tous leurs participants. Les personnes archivées (parties de l’entreprise) ne sont comptées d’aucun côté.</translation>
    </message>
    <message numerus="yes">
        <source>Pairs whose status is active. Below: how many of them held a session in the last %n days, and their share of the active pairs.</source>
        <translation><numerusform>Binômes dont le statut est actif. En dessous : combien d’entre eux ont tenu une séance le dernier jour, et leur part des binômes actifs.</numerusform><numerusform>Binômes dont le statut est actif. En dessous : combien d’entre eux ont tenu une séance ces %n derniers jours, et leur part des binômes actifs.</numerusform></translation>
    </message>
    <message>
        <source>Sessions marked held that took place this calendar month, in the organisation's time zone. Below: the planned sessions still to come before the month ends.</source>
        <translation>Séances marquées tenues qui ont eu lieu ce mois-ci (mois civil, dans le fuseau horaire de l’organisation). En dessous : les séances prévues d’ici la fin du mois.</translation>
    </message>
    <message>
        <source>The total length of every session marked held, in hours; planned, cancelled and missed sessions do not count.</source>
        <translation>La durée totale des séances marquées tenues, en heures ; les séances prévues, annulées ou manquées ne comptent pas.</translation>
    </message>
    <message>
        <source>Sessions held divided by the sessions due to date: every session already begun that was not cancelled. A missed session, or one still marked planned after its date, counts as due but not as held.</source>
        <translation>Séances tenues divisées par les séances dues à ce jour : toutes celles déjà commencées et non annulées. Une séance manquée, ou encore marquée prévue après sa date, compte comme due mais pas comme tenue.</translation>
    </message>
    <message>
        <source>Pairs whose status is completed (they went to the end), and pairs stopped before the end.</source>
        <translation>Binômes dont le statut est terminé (allés jusqu’au bout), et binômes arrêtés avant la fin.</translation>
    </message>
    <message>
        <source>The average of the ratings (1 to 5) written in the session journals, by the mentors and by the mentees separately. A journal without a rating is left out; “—” means no rating yet.</source>
        <translation>La moyenne des notes (1 à 5) inscrites dans les journaux de séance, par les mentors et par les mentorés séparément. Un journal sans note n’est pas compté ; « — » signifie aucune note pour l’instant.</translation>
    </message>
    <message>
        <source>The answers to the pairing-fit question asked in the journals after a pair's first session, each side's answer counted: good fit, unsure, not a fit.</source>
        <translation>Les réponses à la question sur l’entente posée dans les journaux après la première séance d’un binôme, la réponse de chaque côté comptée : bonne entente, incertaine, pas d’entente.</translation>
    </message>
    <message numerus="yes">
        <source>Past sessions, held or still marked planned, that have no journal yet. Overdue: more than %n days after the session.</source>
        <translation><numerusform>Séances passées, tenues ou encore marquées prévues, qui n’ont pas encore de journal. En retard : plus de %n jour après la séance.</numerusform><numerusform>Séances passées, tenues ou encore marquées prévues, qui n’ont pas encore de journal. En retard : plus de %n jours après la séance.</numerusform></translation>
    </message>
    <message>
        <source>Counted over the programme chosen above, or all running programmes; archived pairs and their sessions are left out.</source>
        <translation>Compté sur le programme choisi en haut, ou sur tous les programmes en cours ; les binômes archivés et leurs séances ne sont pas comptés.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>it is open in another program; close it and try again</source>
        <translation>il est ouvert dans un autre programme ; fermez-le et réessayez</translation>
    </message>
    <message>
        <source>it does not exist (any more)</source>
        <translation>il n’existe pas (ou plus)</translation>
    </message>
    <message>
        <source>you are not allowed to use it</source>
        <translation>vous n’avez pas le droit de l’utiliser</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>une partie du chemin n’est pas un dossier</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>le nom est trop long</translation>
    </message>
    <message>
        <source>something of that name is already there</source>
        <translation>un élément de ce nom existe déjà</translation>
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
        <source>Your company's name</source>
        <translation>Le nom de votre entreprise</translation>
    </message>
    <message>
        <source>Printed on every document; you can change it later</source>
        <translation>Imprimé sur chaque document ; modifiable plus tard</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>Nom de l’&amp;entreprise :</translation>
    </message>
    <message>
        <source>Language of the app and of its documents</source>
        <translation>Langue de l’application et de ses documents</translation>
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
        <translation>Découvrez l’application avec une entreprise fictive : personnes, binômes, séances</translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation>Commencer à &amp;vide</translation>
    </message>
    <message>
        <source>Start with your own data</source>
        <translation>Commencer avec vos propres données</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>Loading the demo company…</source>
        <translation>Chargement de l’entreprise de démonstration…</translation>
    </message>
</context>
<context>
    <name>FirstStepsPanel</name>
    <message>
        <source>First steps</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Hide this list</source>
        <translation>Masquer cette liste</translation>
    </message>
    <message>
        <source>The dashboard no longer shows the first steps</source>
        <translation>Le tableau de bord n’affichera plus les premiers pas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>1. Name your organisation</source>
        <translation>1. Nommez votre organisation</translation>
    </message>
    <message>
        <source>Opens the settings: company name, logo, signatory</source>
        <translation>Ouvre les paramètres : nom de l’entreprise, logo, signataire</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>2. Add or import your staff</source>
        <translation>2. Ajoutez ou importez votre personnel</translation>
    </message>
    <message>
        <source>Opens Staff: New person, or Import… from Excel</source>
        <translation>Ouvre Personnel : Nouvelle personne, ou Importer… depuis Excel</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>3. Record who can teach what</source>
        <translation>3. Indiquez qui peut enseigner quoi</translation>
    </message>
    <message>
        <source>Opens Skills: the catalogue and the people × skills matrix</source>
        <translation>Ouvre Compétences : le catalogue et la matrice personnes × compétences</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>4. Create a programme</source>
        <translation>4. Créez un programme</translation>
    </message>
    <message>
        <source>Opens Pairs: New programme…, then Participants…</source>
        <translation>Ouvre Binômes : Nouveau programme…, puis Participants…</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>5. Form the pairs</source>
        <translation>5. Formez les binômes</translation>
    </message>
    <message>
        <source>Opens Pairs: Suggest pairs…, or New pair…</source>
        <translation>Ouvre Binômes : Proposer des binômes…, ou Nouveau binôme…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>6. Plan the sessions</source>
        <translation>6. Planifiez les séances</translation>
    </message>
    <message>
        <source>Opens Sessions: Plan sessions…</source>
        <translation>Ouvre Séances : Planifier des séances…</translation>
    </message>
    <message>
        <source>First steps: {done} of {total} done</source>
        <translation>Premiers pas : {done} sur {total} faits</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>0 none</source>
        <translation>0 aucun</translation>
    </message>
    <message>
        <source>1 basics</source>
        <translation>1 notions</translation>
    </message>
    <message>
        <source>2 intermediate</source>
        <translation>2 intermédiaire</translation>
    </message>
    <message>
        <source>3 advanced</source>
        <translation>3 avancé</translation>
    </message>
    <message>
        <source>4 expert</source>
        <translation>4 expert</translation>
    </message>
    <message>
        <source>Levels: {levels}.</source>
        <translation>Niveaux : {levels}.</translation>
    </message>
    <message>
        <source>Skills questionnaire</source>
        <translation>Questionnaire de compétences</translation>
    </message>
    <message>
        <source>For each skill, tick your level today, whether you could teach it, whether you would like to learn it, and the level you aim for. Leave a line empty to skip it.</source>
        <translation>Pour chaque compétence, cochez votre niveau aujourd’hui, si vous pourriez l’enseigner, si vous aimeriez l’apprendre, et le niveau que vous visez. Laissez vide une ligne qui ne vous concerne pas.</translation>
    </message>
    <message>
        <source>The programme’s coordinator sees your answers and uses them to form the pairs; they are recorded in your skills profile.</source>
        <translation>La personne qui coordonne le programme voit vos réponses et s’en sert pour former les binômes ; elles sont enregistrées dans votre profil de compétences.</translation>
    </message>
    <message>
        <source>Level today</source>
        <translation>Niveau actuel</translation>
    </message>
    <message>
        <source>Can teach</source>
        <translation>Peut enseigner</translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation>Veut apprendre</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Visé</translation>
    </message>
    <message>
        <source>{skill}: level today</source>
        <translation>{skill} : niveau actuel</translation>
    </message>
    <message>
        <source>{skill}: can teach</source>
        <translation>{skill} : peut enseigner</translation>
    </message>
    <message>
        <source>{skill}: wants to learn</source>
        <translation>{skill} : veut apprendre</translation>
    </message>
    <message>
        <source>{skill}: target level</source>
        <translation>{skill} : niveau visé</translation>
    </message>
    <message>
        <source>Session feedback</source>
        <translation>Retour de séance</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentoré</translation>
    </message>
    <message>
        <source>Your session with {name} on {when}.</source>
        <translation>Votre séance avec {name} le {when}.</translation>
    </message>
    <message>
        <source>The programme’s coordinator sees every answer on this form and records it in the session’s journal; only the quote you agree to share may appear in the programme’s report. No confidential note is asked for here.</source>
        <translation>La personne qui coordonne le programme voit toutes les réponses de ce formulaire et les reporte dans le compte rendu de la séance ; seule la phrase que vous acceptez de partager peut figurer dans le bilan du programme. Aucune note confidentielle n’est demandée ici.</translation>
    </message>
    <message>
        <source>Did the session take place?</source>
        <translation>La séance a-t-elle eu lieu ?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>How useful was it for you? (1 = not at all, 5 = very)</source>
        <translation>Vous a-t-elle été utile ? (1 = pas du tout, 5 = très)</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Ce que j’ai appris</translation>
    </message>
    <message>
        <source>Skills worked</source>
        <translation>Compétences travaillées</translation>
    </message>
    <message>
        <source>Actions agreed (one per line)</source>
        <translation>Actions convenues (une par ligne)</translation>
    </message>
    <message>
        <source>A sentence I agree to share in the programme’s report</source>
        <translation>Une phrase que j’accepte de partager dans le bilan du programme</translation>
    </message>
    <message>
        <source>After this first session, how does the pairing feel?</source>
        <translation>Après cette première séance, comment se passe le binôme ?</translation>
    </message>
    <message>
        <source>Good fit</source>
        <translation>Bonne entente</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>Pas d’entente</translation>
    </message>
    <message>
        <source>End of programme</source>
        <translation>Bilan de fin de programme</translation>
    </message>
    <message>
        <source>The programme’s coordinator sees every answer on this form: the levels reached are recorded as your end assessment; only the quote you agree to share may appear in the programme’s report.</source>
        <translation>La personne qui coordonne le programme voit toutes les réponses de ce formulaire : les niveaux atteints sont enregistrés comme votre évaluation de fin ; seule la phrase que vous acceptez de partager peut figurer dans le bilan du programme.</translation>
    </message>
    <message>
        <source>Levels reached</source>
        <translation>Niveaux atteints</translation>
    </message>
    <message>
        <source>The programme</source>
        <translation>Le programme</translation>
    </message>
    <message>
        <source>Overall, how useful was the programme for you? (1 = not at all, 5 = very)</source>
        <translation>Dans l’ensemble, le programme vous a-t-il été utile ? (1 = pas du tout, 5 = très)</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Page {number}</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manquée</translation>
    </message>
    <message>
        <source>good fit</source>
        <translation>bonne entente</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>incertain</translation>
    </message>
    <message>
        <source>not a fit</source>
        <translation>pas d’entente</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Mentor’s rating</source>
        <translation>Note du mentor</translation>
    </message>
    <message>
        <source>Mentee’s rating</source>
        <translation>Note du mentoré</translation>
    </message>
    <message>
        <source>Pairing fit (mentor)</source>
        <translation>Entente du binôme (mentor)</translation>
    </message>
    <message>
        <source>Pairing fit (mentee)</source>
        <translation>Entente du binôme (mentoré)</translation>
    </message>
    <message>
        <source>What was learned</source>
        <translation>Ce qui a été appris</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>{side}: {text}</source>
        <translation>{side} : {text}</translation>
    </message>
    <message>
        <source>Quote to share</source>
        <translation>Citation à partager</translation>
    </message>
    <message>
        <source>New actions</source>
        <translation>Nouvelles actions</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{skill}: level</source>
        <translation>{skill} : niveau</translation>
    </message>
    <message>
        <source>{skill}: start assessment</source>
        <translation>{skill} : évaluation de début</translation>
    </message>
    <message>
        <source>{skill}: level reached</source>
        <translation>{skill} : niveau atteint</translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation>Note d’ensemble</translation>
    </message>
    <message>
        <source>“{path}” is a file, not a folder: choose a folder.</source>
        <translation>« {path} » est un fichier, pas un dossier : choisissez un dossier.</translation>
    </message>
    <message>
        <source>Cannot write into “{folder}”: {reason}</source>
        <translation>Impossible d’écrire dans « {folder} » : {reason}</translation>
    </message>
    <message>
        <source>One of the chosen skills no longer exists.</source>
        <translation>L’une des compétences choisies n’existe plus.</translation>
    </message>
    <message>
        <source>The catalogue has no skill yet: add skills before asking.</source>
        <translation>Le catalogue n’a encore aucune compétence : ajoutez-en avant d’interroger les participants.</translation>
    </message>
    <message>
        <source>Someone chosen does not take part in this programme.</source>
        <translation>Une personne choisie ne participe pas à ce programme.</translation>
    </message>
    <message>
        <source>This programme has no participant yet.</source>
        <translation>Ce programme n’a encore aucun participant.</translation>
    </message>
    <message>
        <source>Choose the session the feedback is about.</source>
        <translation>Choisissez la séance sur laquelle porte le retour.</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>Cette séance n’existe plus.</translation>
    </message>
    <message>
        <source>This session was cancelled: there is no feedback to ask for.</source>
        <translation>Cette séance a été annulée : il n’y a pas de retour à demander.</translation>
    </message>
    <message>
        <source>Someone chosen is not in this session’s pair.</source>
        <translation>Une personne choisie ne fait pas partie du binôme de cette séance.</translation>
    </message>
    <message>
        <source>This programme has no pair yet.</source>
        <translation>Ce programme n’a encore aucun binôme.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: it is damaged or not a PDF.</source>
        <translation>« {name} » est illisible : il est endommagé ou ce n’est pas un PDF.</translation>
    </message>
    <message>
        <source>“{name}” is a folder.</source>
        <translation>« {name} » est un dossier.</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened: {reason}</source>
        <translation>Impossible d’ouvrir « {name} » : {reason}</translation>
    </message>
    <message>
        <source>“{name}” is protected by a password.</source>
        <translation>« {name} » est protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>“{name}” is refused: {problem}</source>
        <translation>« {name} » est refusé : {problem}</translation>
    </message>
    <message>
        <source>This PDF is not a Mentorat form: it has none of its fields.</source>
        <translation>Ce PDF n’est pas un formulaire Mentorat : il n’en a aucun champ.</translation>
    </message>
    <message>
        <source>This form comes from another Mentorat database: import it into the one that made it.</source>
        <translation>Ce formulaire vient d’une autre base Mentorat : importez-le dans celle qui l’a créé.</translation>
    </message>
    <message>
        <source>This form was changed outside its fields (fields added, removed or renamed): its answers cannot be trusted.</source>
        <translation>Ce formulaire a été modifié en dehors de ses champs (champs ajoutés, supprimés ou renommés) : ses réponses ne sont pas fiables.</translation>
    </message>
    <message>
        <source>The same form is among these files twice.</source>
        <translation>Le même formulaire figure deux fois parmi ces fichiers.</translation>
    </message>
    <message>
        <source>This form was already imported on {day}.</source>
        <translation>Ce formulaire a déjà été importé le {day}.</translation>
    </message>
    <message>
        <source>The person or programme of this form no longer exists.</source>
        <translation>La personne ou le programme de ce formulaire n’existe plus.</translation>
    </message>
    <message>
        <source>This form’s identifier or integrity code was changed: its answers cannot be trusted.</source>
        <translation>L’identifiant ou le code d’intégrité de ce formulaire a été modifié : ses réponses ne sont pas fiables.</translation>
    </message>
    <message>
        <source>This form was made for {name}, who is no longer {where}.</source>
        <translation>Ce formulaire a été fait pour {name}, qui n’est plus {where}.</translation>
    </message>
    <message>
        <source>This form’s session no longer exists.</source>
        <translation>La séance de ce formulaire n’existe plus.</translation>
    </message>
    <message>
        <source>in this session’s pair</source>
        <translation>dans le binôme de cette séance</translation>
    </message>
    <message>
        <source>This session was cancelled: its feedback cannot be recorded.</source>
        <translation>Cette séance a été annulée : son retour ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>session of {day}, {mentor} → {mentee}</source>
        <translation>séance du {day}, {mentor} → {mentee}</translation>
    </message>
    <message>
        <source>This session has not taken place yet: import its feedback once its time has come.</source>
        <translation>Cette séance n’a pas encore eu lieu : importez son retour une fois son heure passée.</translation>
    </message>
    <message>
        <source>in this programme</source>
        <translation>dans ce programme</translation>
    </message>
    <message>
        <source>in a pair of this programme</source>
        <translation>dans un binôme de ce programme</translation>
    </message>
    <message>
        <source>Nothing was filled in on this form.</source>
        <translation>Rien n’a été rempli dans ce formulaire.</translation>
    </message>
    <message>
        <source>Forms cannot be made: this database cannot be written to now.</source>
        <translation>Impossible de créer les formulaires : cette base ne peut pas être modifiée pour l’instant.</translation>
    </message>
</context>
<context>
    <name>FormsExportDialog</name>
    <message>
        <source>Forms for the participants</source>
        <translation>Formulaires pour les participants</translation>
    </message>
    <message>
        <source>One fillable PDF per participant: they fill it in any PDF reader and send it back; “Import returned forms…” then records their answers.</source>
        <translation>Un PDF à remplir par participant : chacun le remplit dans n’importe quel lecteur PDF et le renvoie ; « Importer les formulaires retournés… » enregistre ensuite les réponses.</translation>
    </message>
    <message>
        <source>Skills questionnaire</source>
        <translation>Questionnaire de compétences</translation>
    </message>
    <message>
        <source>Session feedback</source>
        <translation>Retour de séance</translation>
    </message>
    <message>
        <source>End-of-programme assessment</source>
        <translation>Bilan de fin de programme</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Formulaire :</translation>
    </message>
    <message>
        <source>Which form to prepare</source>
        <translation>Le formulaire à préparer</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>Whose participants</source>
        <translation>Le programme dont les participants reçoivent le formulaire</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>&amp;Séance :</translation>
    </message>
    <message>
        <source>The session the feedback is about (the latest held one first)</source>
        <translation>La séance sur laquelle porte le retour (la dernière séance tenue d’abord)</translation>
    </message>
    <message>
        <source>S&amp;kills asked:</source>
        <translation>Co&amp;mpétences demandées :</translation>
    </message>
    <message>
        <source>Tick the skills to ask about; none ticked: the whole catalogue</source>
        <translation>Cochez les compétences à demander ; aucune cochée : tout le catalogue</translation>
    </message>
    <message>
        <source>&amp;Save the forms in a folder…</source>
        <translation>&amp;Enregistrer les formulaires dans un dossier…</translation>
    </message>
    <message>
        <source>One PDF per participant, in a folder you choose</source>
        <translation>Un PDF par participant, dans le dossier de votre choix</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Show the saved forms in their folder</source>
        <translation>Afficher les formulaires enregistrés dans leur dossier</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>not marked held</source>
        <translation>pas encore marquée tenue</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>Séance {number}</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n forms in a folder…</source>
        <translation>
            <numerusform>&amp;Enregistrer %n formulaire dans un dossier…</numerusform>
            <numerusform>&amp;Enregistrer %n formulaires dans un dossier…</numerusform>
        </translation>
    </message>
    <message>
        <source>No programme yet: create one in the Pairs view first.</source>
        <translation>Aucun programme pour l’instant : créez-en un d’abord dans la vue Binômes.</translation>
    </message>
    <message>
        <source>This programme has no past session yet.</source>
        <translation>Ce programme n’a encore aucune séance passée.</translation>
    </message>
    <message>
        <source>This programme has no participant yet.</source>
        <translation>Ce programme n’a encore aucun participant.</translation>
    </message>
    <message>
        <source>Folder for the forms</source>
        <translation>Dossier des formulaires</translation>
    </message>
    <message>
        <source>Writing the forms…</source>
        <translation>Écriture des formulaires…</translation>
    </message>
    <message numerus="yes">
        <source>%n forms saved in {folder}.</source>
        <translation>
            <numerusform>%n formulaire enregistré dans {folder}.</numerusform>
            <numerusform>%n formulaires enregistrés dans {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: the forms already written stay in {folder}.</source>
        <translation>Arrêté : les formulaires déjà écrits restent dans {folder}.</translation>
    </message>
</context>
<context>
    <name>FormsHint</name>
    <message>
        <source>These held sessions have no journal yet: the participants can answer for you with their feedback forms.</source>
        <translation>Ces séances tenues n’ont pas encore de journal : les participants peuvent répondre à votre place avec leurs formulaires de retour.</translation>
    </message>
    <message>
        <source>Send feedbac&amp;k forms…</source>
        <translation>Envoyer les formulaires de reto&amp;ur…</translation>
    </message>
    <message>
        <source>Feedback forms for both sides of the selected session, saved in a folder</source>
        <translation>Les formulaires de retour des deux membres du binôme de la séance choisie, enregistrés dans un dossier</translation>
    </message>
    <message>
        <source>Import retur&amp;ned forms…</source>
        <translation>Importer les formulaires retour&amp;nés…</translation>
    </message>
    <message>
        <source>Record the answers of the returned forms</source>
        <translation>Enregistrer les réponses des formulaires retournés</translation>
    </message>
</context>
<context>
    <name>FormsSamples</name>
    <message>
        <source>session of {when}, {mentor} → {mentee}</source>
        <translation>séance du {when}, {mentor} → {mentee}</translation>
    </message>
    <message>
        <source>Rating by the mentor</source>
        <translation>Note du mentor</translation>
    </message>
    <message>
        <source>Pairing fit</source>
        <translation>Entente du binôme</translation>
    </message>
    <message>
        <source>Good fit</source>
        <translation>Bonne entente</translation>
    </message>
    <message>
        <source>What was learned</source>
        <translation>Ce qui a été appris</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Pivot tables</source>
        <translation>Tableaux croisés dynamiques</translation>
    </message>
    <message>
        <source>Rating by the mentee</source>
        <translation>Note du mentoré</translation>
    </message>
    <message>
        <source>This file is not a Mentorat form: it has no form fields.</source>
        <translation>Ce fichier n’est pas un formulaire Mentorat : il n’a aucun champ de formulaire.</translation>
    </message>
</context>
<context>
    <name>Generation</name>
    <message>
        <source>Generation Z</source>
        <translation>Génération Z</translation>
    </message>
    <message>
        <source>Millennials</source>
        <translation>Génération Y</translation>
    </message>
    <message>
        <source>Generation X</source>
        <translation>Génération X</translation>
    </message>
    <message>
        <source>Baby boomers</source>
        <translation>Baby-boomers</translation>
    </message>
    <message>
        <source>Before 1946</source>
        <translation>Avant 1946</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Mentorat — User guide</source>
        <translation>Mentorat — Guide d’utilisation</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Chercher dans le guide</translation>
    </message>
    <message>
        <source>Shows the pages holding every word typed (Ctrl+F); Enter goes to the next one</source>
        <translation>Montre les pages qui contiennent tous les mots tapés (Ctrl+F) ; Entrée passe au mot suivant</translation>
    </message>
    <message>
        <source>Pages of the guide</source>
        <translation>Pages du guide</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Page du guide</translation>
    </message>
    <message>
        <source>No page holds “{words}”.</source>
        <translation>Aucune page ne contient « {words} ».</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Date d’entrée</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Can teach (skills)</source>
        <translation>Peut enseigner (compétences)</translation>
    </message>
    <message>
        <source>Wants to learn (skills)</source>
        <translation>Veut apprendre (compétences)</translation>
    </message>
    <message>
        <source>Level in a skill</source>
        <translation>Niveau dans une compétence</translation>
    </message>
    <message>
        <source>Other skills (with levels)</source>
        <translation>Autres compétences (avec niveaux)</translation>
    </message>
    <message>
        <source>The first line of “{name}” holds data, not column headings. Add a line of headings such as: Nom;Prénom;Courriel;Service;Poste.</source>
        <translation>La première ligne de « {name} » contient des données, pas des intitulés de colonnes. Ajoutez une ligne d’intitulés, par exemple : Nom;Prénom;Courriel;Service;Poste.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has merged cells ({cells}). In Excel, select the sheet, unmerge the cells (Home › Merge &amp; Center) and import again.</source>
        <translation>La feuille « {sheet} » contient des cellules fusionnées ({cells}). Dans Excel, sélectionnez la feuille, annulez la fusion (Accueil › Fusionner et centrer) et importez de nouveau.</translation>
    </message>
    <message>
        <source>“{name}” has column headings but no one under them.</source>
        <translation>« {name} » a des intitulés de colonnes mais personne en dessous.</translation>
    </message>
    <message>
        <source>No column holds names: the file needs a “Nom” (last name) column, a “Prénom” (first name) column or a “Nom complet” (full name) column.</source>
        <translation>Aucune colonne ne contient de noms : le fichier doit avoir une colonne « Nom », une colonne « Prénom » ou une colonne « Nom complet ».</translation>
    </message>
    <message>
        <source>“{value}” is not a date (write 31/12/2024 or 2024-12-31).</source>
        <translation>« {value} » n’est pas une date (écrivez 31/12/2024 ou 2024-12-31).</translation>
    </message>
    <message>
        <source>“{value}” is not a year of birth (write 1990).</source>
        <translation>« {value} » n’est pas une année de naissance (écrivez 1990).</translation>
    </message>
    <message>
        <source>Total row (“{text}”): not a person.</source>
        <translation>Ligne de total (« {text} ») : pas une personne.</translation>
    </message>
    <message>
        <source>Total row (the formula {formula}): not a person.</source>
        <translation>Ligne de total (la formule {formula}) : pas une personne.</translation>
    </message>
    <message>
        <source>Total row (numbers without a name): not a person.</source>
        <translation>Ligne de total (des nombres sans nom) : pas une personne.</translation>
    </message>
    <message>
        <source>Blank row: nothing to import.</source>
        <translation>Ligne vide : rien à importer.</translation>
    </message>
    <message>
        <source>{column}: the file holds the formula {formula} without its result (the program that wrote the file did not compute it). Type the value in the cell, or open and save the file in Excel or LibreOffice, and import again.</source>
        <translation>{column} : le fichier contient la formule {formula} sans son résultat (le programme qui a écrit le fichier ne l’a pas calculé). Tapez la valeur dans la cellule, ou ouvrez et enregistrez le fichier dans Excel ou LibreOffice, puis importez-le à nouveau.</translation>
    </message>
    <message>
        <source>“{value}” is not a level (0 to 4, or none, basics, … expert).</source>
        <translation>« {value} » n’est pas un niveau (de 0 à 4, ou aucun, notions, … expert).</translation>
    </message>
    <message>
        <source>Cannot read “{name}”: {reason}</source>
        <translation>Impossible de lire « {name} » : {reason}</translation>
    </message>
    <message>
        <source>“{name}” is {size} MB; a staff list is much smaller (the limit is {limit} MB). Check that this is the right file.</source>
        <translation>« {name} » pèse {size} Mo ; une liste du personnel est bien plus petite (la limite est de {limit} Mo). Vérifiez qu’il s’agit du bon fichier.</translation>
    </message>
    <message>
        <source>“{name}” is empty.</source>
        <translation>« {name} » est vide.</translation>
    </message>
    <message>
        <source>“{name}” is in the old Excel format (.xls). In Excel, save it as “Excel Workbook (.xlsx)” or “CSV (semicolon delimited)” and import that file.</source>
        <translation>« {name} » est dans l’ancien format Excel (.xls). Dans Excel, enregistrez-le en « Classeur Excel (.xlsx) » ou en « CSV (séparateur : point-virgule) » et importez ce fichier.</translation>
    </message>
    <message>
        <source>“{name}” is not a text or Excel file. Export the staff list from Excel as CSV or XLSX and import that.</source>
        <translation>« {name} » n’est ni un fichier texte ni un fichier Excel. Exportez la liste du personnel depuis Excel en CSV ou en XLSX et importez ce fichier.</translation>
    </message>
    <message>
        <source>Line {line} of “{name}” cannot be read: {reason}</source>
        <translation>La ligne {line} de « {name} » est illisible : {reason}</translation>
    </message>
    <message>
        <source>“{name}” goes on past line {line}: a staff list has at most {rows} lines and {cells} cells. Check that this is the right file, or split it.</source>
        <translation>« {name} » continue au-delà de la ligne {line} : une liste du personnel compte au plus {rows} lignes et {cells} cellules. Vérifiez que c’est le bon fichier, ou découpez-le.</translation>
    </message>
    <message>
        <source>Line {line} of “{name}” has more than {limit} columns, more than any staff list. Check the separator, or remove the empty columns.</source>
        <translation>La ligne {line} de « {name} » a plus de {limit} colonnes, plus que toute liste du personnel. Vérifiez le séparateur, ou supprimez les colonnes vides.</translation>
    </message>
    <message>
        <source>“{name}” is not an Excel workbook Mentorat can read. Open it in Excel and save it again as “Excel Workbook (.xlsx)” or as CSV.</source>
        <translation>« {name} » n’est pas un classeur Excel lisible par Mentorat. Ouvrez-le dans Excel et enregistrez-le de nouveau en « Classeur Excel (.xlsx) » ou en CSV.</translation>
    </message>
    <message>
        <source>“{name}” would unpack to {size} MB; a staff workbook is much smaller (the limit is {limit} MB). Check that this is the right file, or save the list as CSV.</source>
        <translation>« {name} » occuperait {size} Mo une fois décompressé ; un classeur du personnel est bien plus petit (la limite est de {limit} Mo). Vérifiez que c’est le bon fichier, ou enregistrez la liste en CSV.</translation>
    </message>
    <message>
        <source>“{name}” is a damaged workbook: {reason}</source>
        <translation>« {name} » est un classeur endommagé : {reason}</translation>
    </message>
    <message>
        <source>“{name}” has several sheets ({sheets}): choose which one to import.</source>
        <translation>« {name} » a plusieurs feuilles ({sheets}) : choisissez celle à importer.</translation>
    </message>
    <message>
        <source>“{name}” has no sheet called “{sheet}” (it has: {sheets}).</source>
        <translation>« {name} » n’a pas de feuille « {sheet} » (il a : {sheets}).</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of “{name}” is empty.</source>
        <translation>La feuille « {sheet} » de « {name} » est vide.</translation>
    </message>
    <message>
        <source>Same email address as line {line}.</source>
        <translation>Même courriel qu’à la ligne {line}.</translation>
    </message>
    <message>
        <source>Same name as line {line} and no email address to tell them apart.</source>
        <translation>Même nom qu’à la ligne {line}, sans courriel pour les distinguer.</translation>
    </message>
    <message>
        <source>Several people are already called {name}: add the email address to say which one.</source>
        <translation>Plusieurs personnes s’appellent déjà {name} : ajoutez le courriel pour préciser laquelle.</translation>
    </message>
    <message>
        <source>Already there (same email address).</source>
        <translation>Déjà présente (même courriel).</translation>
    </message>
    <message>
        <source>Already there (same first and last name).</source>
        <translation>Déjà présente (mêmes prénom et nom).</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importées</translation>
    </message>
    <message>
        <source>Skill “{start}…”: {problem}</source>
        <translation>Compétence « {start}… » : {problem}</translation>
    </message>
    <message>
        <source>Manager “{manager}” not found: left empty.</source>
        <translation>Responsable « {manager} » introuvable : laissé vide.</translation>
    </message>
    <message>
        <source>Several people match the manager “{manager}”: give their email address.</source>
        <translation>Plusieurs personnes correspondent au responsable « {manager} » : indiquez son courriel.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import staff</source>
        <translation>Importer le personnel</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with one person per line</source>
        <translation>Un fichier CSV ou Excel (.xlsx) avec une personne par ligne</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>The file chosen for the import</source>
        <translation>Le fichier choisi pour l’import</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose the CSV or Excel file of the staff</source>
        <translation>Choisir le fichier CSV ou Excel du personnel</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>F&amp;euille :</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>The workbook has several sheets: choose the staff list</source>
        <translation>Le classeur a plusieurs feuilles : choisissez la liste du personnel</translation>
    </message>
    <message>
        <source>What was detected in the file</source>
        <translation>Ce qui a été détecté dans le fichier</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>What each column of the file holds; change a guess if it is wrong</source>
        <translation>Ce que contient chaque colonne du fichier ; corrigez une supposition si elle est fausse</translation>
    </message>
    <message>
        <source>People already there</source>
        <translation>Personnes déjà présentes</translation>
    </message>
    <message>
        <source>Same email address, or else same first and last name</source>
        <translation>Même courriel, ou à défaut mêmes prénom et nom</translation>
    </message>
    <message>
        <source>&amp;Update them with the file's values</source>
        <translation>&amp;Les mettre à jour avec les valeurs du fichier</translation>
    </message>
    <message>
        <source>Empty cells leave the current value unchanged</source>
        <translation>Une cellule vide laisse la valeur actuelle inchangée</translation>
    </message>
    <message>
        <source>&amp;Leave them as they are (skip)</source>
        <translation>Les laisser &amp;telles quelles (ignorer)</translation>
    </message>
    <message>
        <source>Only new people are added</source>
        <translation>Seules les nouvelles personnes sont ajoutées</translation>
    </message>
    <message>
        <source>Import the other rows when some have &amp;problems</source>
        <translation>Importer les autres lignes quand certaines ont des &amp;problèmes</translation>
    </message>
    <message>
        <source>Otherwise nothing is imported until every problem is fixed</source>
        <translation>Sinon rien n’est importé tant que tous les problèmes ne sont pas corrigés</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Aperçu de l’import</translation>
    </message>
    <message>
        <source>What the import will do with each line of the file</source>
        <translation>Ce que l’import fera de chaque ligne du fichier</translation>
    </message>
    <message>
        <source>Choose a file to see what the import will do.</source>
        <translation>Choisissez un fichier pour voir ce que fera l’import.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Write the previewed changes, all at once</source>
        <translation>Enregistrer les changements de l’aperçu, tous à la fois</translation>
    </message>
    <message>
        <source>Choose the staff file</source>
        <translation>Choisir le fichier du personnel</translation>
    </message>
    <message>
        <source>Staff lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Listes du personnel (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message numerus="yes">
        <source>{encoding}, separator “{separator}”, %n lines</source>
        <translation>
            <numerusform>{encoding}, séparateur « {separator} », %n ligne</numerusform>
            <numerusform>{encoding}, séparateur « {separator} », %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sheet “{sheet}”, %n lines</source>
        <translation>
            <numerusform>Feuille « {sheet} », %n ligne</numerusform>
            <numerusform>Feuille « {sheet} », %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Import done: {created}, {updated}, {skipped}, {rejected}.</source>
        <translation>Import terminé : {created}, {updated}, {skipped}, {rejected}.</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n créée</numerusform>
            <numerusform>%n créées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out because of problems</source>
        <translation>
            <numerusform>%n écartée à cause de problèmes</numerusform>
            <numerusform>%n écartées à cause de problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: {created}, {updated}, {skipped}, {rejected}.</source>
        <translation>Aperçu : {created}, {updated}, {skipped}, {rejected}.</translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n à créer</numerusform>
            <numerusform>%n à créer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n à mettre à jour</numerusform>
            <numerusform>%n à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip</source>
        <translation>
            <numerusform>%n à ignorer</numerusform>
            <numerusform>%n à ignorer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n avec des problèmes</numerusform>
            <numerusform>%n avec des problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Level in “{skill}”</source>
        <translation>Niveau en « {skill} »</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(sans intitulé)</translation>
    </message>
    <message>
        <source>Column {name}</source>
        <translation>Colonne {name}</translation>
    </message>
    <message>
        <source>What the column “{name}” holds</source>
        <translation>Ce que contient la colonne « {name} »</translation>
    </message>
    <message>
        <source>New departments: {names}.</source>
        <translation>Nouveaux services : {names}.</translation>
    </message>
    <message>
        <source>New skills: {names}.</source>
        <translation>Nouvelles compétences : {names}.</translation>
    </message>
    <message>
        <source>The rows with problems will be left out and the others imported.</source>
        <translation>Les lignes qui posent problème seront laissées de côté et les autres importées.</translation>
    </message>
    <message>
        <source>Fix the problems in the file, or tick “Import the other rows”.</source>
        <translation>Corrigez les problèmes dans le fichier, ou cochez « Importer les autres lignes ».</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows have problems.</source>
        <translation>Rien n’a été importé : certaines lignes ont des problèmes.</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file.</source>
        <translation>Rien ne peut être importé depuis ce fichier.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui sera fait</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Problèmes et remarques</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>⚠ Problem</source>
        <translation>⚠ Problème</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>Session journal</source>
        <translation>Journal de séance</translation>
    </message>
    <message>
        <source>{mentor} and {mentee}, {day} at {time}</source>
        <translation>{mentor} et {mentee}, {day} à {time}</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquée</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Pas encore renseignée</translation>
    </message>
    <message>
        <source>Why it was cancelled</source>
        <translation>Pourquoi elle a été annulée</translation>
    </message>
    <message>
        <source>&amp;The session:</source>
        <translation>&amp;La séance :</translation>
    </message>
    <message>
        <source>Whether the session took place</source>
        <translation>Si la séance a eu lieu</translation>
    </message>
    <message>
        <source>Cancellation reason</source>
        <translation>Motif d’annulation</translation>
    </message>
    <message>
        <source>Write only what you would show the person.</source>
        <translation>N’écrivez que ce que vous montreriez à la personne.</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé :</translation>
    </message>
    <message>
        <source>What the pair did</source>
        <translation>Ce que le binôme a fait</translation>
    </message>
    <message>
        <source>What was &amp;learned:</source>
        <translation>Ce qui a été a&amp;ppris :</translation>
    </message>
    <message>
        <source>What each side learned</source>
        <translation>Ce que chacun a appris</translation>
    </message>
    <message>
        <source>{skill} (focus skill)</source>
        <translation>{skill} (compétence visée)</translation>
    </message>
    <message>
        <source>S&amp;kills worked:</source>
        <translation>&amp;Compétences travaillées :</translation>
    </message>
    <message>
        <source>The pair's focus skills come first; tick any other</source>
        <translation>Les compétences visées du binôme viennent d’abord ; cochez-en d’autres au besoin</translation>
    </message>
    <message>
        <source>Rating by {name}:</source>
        <translation>Note de {name} :</translation>
    </message>
    <message>
        <source>How the mentor rates the session, 1 to 5</source>
        <translation>La note du mentor pour la séance, de 1 à 5</translation>
    </message>
    <message>
        <source>How the mentee rates the session, 1 to 5</source>
        <translation>La note du mentoré pour la séance, de 1 à 5</translation>
    </message>
    <message>
        <source>After the first session: is the pairing a good fit?</source>
        <translation>Après la première séance : le binôme fonctionne-t-il ?</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name} :</translation>
    </message>
    <message>
        <source>A “not a fit” answer puts the pair on the dashboard's to-do list.</source>
        <translation>Une réponse « Pas d’entente » met le binôme dans la liste à faire du tableau de bord.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Add an a&amp;ction</source>
        <translation>Ajouter une ac&amp;tion</translation>
    </message>
    <message>
        <source>Something to do before the next session</source>
        <translation>Une chose à faire avant la prochaine séance</translation>
    </message>
    <message>
        <source>A sentence the participants agree to see quoted in the programme report. Write only what you would show the person.</source>
        <translation>Une phrase que les participants acceptent de voir citée dans le bilan du programme. N’écrivez que ce que vous montreriez à la personne.</translation>
    </message>
    <message>
        <source>Never printed, exported or shown in a report: for you alone. Still, write only what you would show the person.</source>
        <translation>Jamais imprimées, exportées ni montrées dans un bilan : pour vous seul. N’écrivez pourtant que ce que vous montreriez à la personne.</translation>
    </message>
    <message>
        <source>Shared &amp;quote:</source>
        <translation>Citation parta&amp;gée :</translation>
    </message>
    <message>
        <source>Quoted in the programme report</source>
        <translation>Citée dans le bilan du programme</translation>
    </message>
    <message>
        <source>C&amp;onfidential notes:</source>
        <translation>Notes c&amp;onfidentielles :</translation>
    </message>
    <message>
        <source>Seen only in this window</source>
        <translation>Visibles seulement dans cette fenêtre</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Enregistré au fil de la saisie.</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>Enregistré à {time}.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non donnée</translation>
    </message>
    <message>
        <source>Pairing fit</source>
        <translation>Entente du binôme</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Good fit</source>
        <translation>Bonne entente</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Incertaine</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>Pas d’entente</translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Level from 0 (none) to 4 (expert)</source>
        <translation>Niveau de 0 (aucun) à 4 (expert)</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>basics</source>
        <translation>notions</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>intermédiaire</translation>
    </message>
    <message>
        <source>advanced</source>
        <translation>avancé</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>expert</translation>
    </message>
    <message>
        <source>0 – none</source>
        <translation>0 – aucun</translation>
    </message>
    <message>
        <source>1 – basics</source>
        <translation>1 – notions</translation>
    </message>
    <message>
        <source>2 – intermediate</source>
        <translation>2 – intermédiaire</translation>
    </message>
    <message>
        <source>3 – advanced</source>
        <translation>3 – avancé</translation>
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
        <translation>Mise à jour : {subject}</translation>
    </message>
    <message>
        <source>This session has changed: here is its new time.</source>
        <translation>Cette séance a changé : voici son nouvel horaire.</translation>
    </message>
    <message>
        <source>Agenda {date}</source>
        <translation>Ordre du jour {date}</translation>
    </message>
    <message>
        <source>Certificate — {name}</source>
        <translation>Attestation — {name}</translation>
    </message>
    <message>
        <source>This programme no longer exists.</source>
        <translation>Ce programme n’existe plus.</translation>
    </message>
    <message>
        <source>Session {id} is not a session of this programme.</source>
        <translation>La séance {id} n’est pas une séance de ce programme.</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>update (moved)</source>
        <translation>mise à jour (déplacée)</translation>
    </message>
    <message>
        <source>sent again</source>
        <translation>envoyé de nouveau</translation>
    </message>
    <message>
        <source>{name} has no certificate yet (issue it in Documents).</source>
        <translation>{name} n’a pas encore d’attestation (délivrez-la dans Documents).</translation>
    </message>
    <message>
        <source>The mail server {host} shows a certificate this computer does not trust ({reason}). Ask your IT provider for the company's certificate.</source>
        <translation>Le serveur de courriel {host} présente un certificat auquel cet ordinateur ne fait pas confiance ({reason}). Demandez à votre prestataire informatique le certificat de l’entreprise.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password: {answer}</source>
        <translation>Le serveur de courriel a refusé le nom d’utilisateur ou le mot de passe : {answer}</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer STARTTLS: choose TLS or no security.</source>
        <translation>Le serveur de courriel {host} ne propose pas STARTTLS : choisissez TLS ou aucune sécurité.</translation>
    </message>
    <message>
        <source>it is not valid yet: check this computer's date</source>
        <translation>il n’est pas encore valable : vérifiez la date de cet ordinateur</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>il a expiré</translation>
    </message>
    <message>
        <source>it is signed by itself</source>
        <translation>il est signé par lui-même</translation>
    </message>
    <message>
        <source>it comes from an authority unknown to this computer</source>
        <translation>il vient d’une autorité inconnue de cet ordinateur</translation>
    </message>
    <message>
        <source>it is made out to another name than {host}</source>
        <translation>il est établi pour un autre nom que {host}</translation>
    </message>
    <message>
        <source>it cannot be checked</source>
        <translation>il ne peut pas être vérifié</translation>
    </message>
    <message>
        <source>The secure connection to {host}:{port} failed: check TLS or STARTTLS and the port.</source>
        <translation>La connexion sécurisée à {host}:{port} a échoué : vérifiez TLS ou STARTTLS et le port.</translation>
    </message>
    <message>
        <source>The mail server {host} does not take addresses with accented letters: use one without.</source>
        <translation>Le serveur de courriel {host} n’accepte pas les adresses avec des lettres accentuées : utilisez-en une sans.</translation>
    </message>
    <message>
        <source>The mail server {host} does not accept a login on this connection: choose STARTTLS or TLS, or leave the user empty.</source>
        <translation>Le serveur de courriel {host} n’accepte pas d’identification sur cette connexion : choisissez STARTTLS ou TLS, ou laissez l’utilisateur vide.</translation>
    </message>
    <message>
        <source>The mail server refused the address: {answer}</source>
        <translation>Le serveur de courriel a refusé l’adresse : {answer}</translation>
    </message>
    <message>
        <source>The mail server refused the sender's address {address}: {answer}</source>
        <translation>Le serveur de courriel a refusé l’adresse de l’expéditeur {address} : {answer}</translation>
    </message>
    <message>
        <source>The mail server answered: {answer}</source>
        <translation>Le serveur de courriel a répondu : {answer}</translation>
    </message>
    <message>
        <source>The mail server {host}:{port} closed the connection: check the security setting and the port.</source>
        <translation>Le serveur de courriel {host}:{port} a fermé la connexion : vérifiez le réglage de sécurité et le port.</translation>
    </message>
    <message>
        <source>Cannot reach the mail server {host}:{port}. Check its name, the port, and that this computer is on the company network.</source>
        <translation>Impossible de joindre le serveur de courriel {host}:{port}. Vérifiez son nom, le port, et que cet ordinateur est bien sur le réseau de l’entreprise.</translation>
    </message>
    <message>
        <source>No password is saved for {user}: enter it in Settings › Email.</source>
        <translation>Aucun mot de passe n’est enregistré pour {user} : saisissez-le dans Paramètres › Courriel.</translation>
    </message>
    <message>
        <source>Enter the mail server's name in Settings › Email first.</source>
        <translation>Saisissez d’abord le nom du serveur de courriel dans Paramètres › Courriel.</translation>
    </message>
    <message>
        <source>Mentorat: test message</source>
        <translation>Mentorat : message d’essai</translation>
    </message>
    <message>
        <source>This message shows that Mentorat can send through {host}. Nothing to do.</source>
        <translation>Ce message montre que Mentorat peut envoyer par {host}. Rien à faire.</translation>
    </message>
    <message>
        <source>Cannot write the draft in “{folder}”: {reason}</source>
        <translation>Impossible d’écrire le brouillon dans « {folder} » : {reason}</translation>
    </message>
    <message>
        <source>a partner who will be introduced to you soon</source>
        <translation>un binôme qui vous sera présenté prochainement</translation>
    </message>
    <message>
        <source>Charter — {programme}</source>
        <translation>Charte — {programme}</translation>
    </message>
    <message>
        <source>Enter your address in Settings › Email before sending.</source>
        <translation>Saisissez votre adresse dans Paramètres › Courriel avant d’envoyer.</translation>
    </message>
    <message>
        <source>“{address}” ({name}) is not a usable email address.</source>
        <translation>« {address} » ({name}) n’est pas une adresse de courriel utilisable.</translation>
    </message>
    <message>
        <source>Replaced by a newer message.</source>
        <translation>Remplacé par un message plus récent.</translation>
    </message>
    <message>
        <source>The session was cancelled before this message went.</source>
        <translation>La séance a été annulée avant le départ de ce message.</translation>
    </message>
    <message>
        <source>Interrupted while it was going: it may have reached the server. Queue it again only if the recipient did not get it.</source>
        <translation>Interrompu pendant l’envoi : il a pu parvenir au serveur. Remettez-le en attente seulement si le destinataire ne l’a pas reçu.</translation>
    </message>
    <message>
        <source>This message is no longer in the outbox.</source>
        <translation>Ce message n’est plus dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>Mentorat drafts</source>
        <translation>Brouillons Mentorat</translation>
    </message>
    <message>
        <source>“{text}” is not an email address such as name@company.fr.</source>
        <translation>« {text} » n’est pas une adresse de courriel comme nom@entreprise.fr.</translation>
    </message>
    <message>
        <source>Choose how messages leave and how they are secured.</source>
        <translation>Choisissez comment partent les messages et comment ils sont sécurisés.</translation>
    </message>
    <message>
        <source>The sender's name is too long (200 at most).</source>
        <translation>Le nom de l’expéditeur est trop long (200 caractères au plus).</translation>
    </message>
    <message>
        <source>Enter the address the messages come from (yours, usually).</source>
        <translation>Saisissez l’adresse d’où partent les messages (la vôtre, en général).</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Un port est un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Enter the mail server's name, such as smtp.company.fr.</source>
        <translation>Saisissez le nom du serveur de courriel, par exemple smtp.entreprise.fr.</translation>
    </message>
    <message>
        <source>“{host}” is not a server name.</source>
        <translation>« {host} » n’est pas un nom de serveur.</translation>
    </message>
    <message>
        <source>“{path}” is a file, not a folder.</source>
        <translation>« {path} » est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>The system keyring is not available, so the mail password cannot be saved safely. Leave the password empty: it will be asked for at each sending.</source>
        <translation>Le trousseau du système n’est pas disponible : le mot de passe du courriel ne peut pas être enregistré en sécurité. Laissez le mot de passe vide : il sera demandé à chaque envoi.</translation>
    </message>
    <message>
        <source>The certificate file “{path}” holds no certificate in PEM form.</source>
        <translation>Le fichier de certificat « {path} » ne contient aucun certificat au format PEM.</translation>
    </message>
    <message>
        <source>The certificate file “{path}” cannot be read: {reason}</source>
        <translation>Le fichier de certificat « {path} » est illisible : {reason}</translation>
    </message>
    <message>
        <source>A test message went to {address} through {host}.</source>
        <translation>Un message d’essai est parti vers {address} par {host}.</translation>
    </message>
    <message>
        <source>A brace is alone: write {{ or }} to show a brace itself.</source>
        <translation>Une accolade est seule : écrivez {{ ou }} pour afficher une accolade.</translation>
    </message>
    <message>
        <source>“{{{name}}}” is not a known placeholder. Known ones: {known}.</source>
        <translation>« {{{name}}} » n’est pas un champ connu. Champs connus : {known}.</translation>
    </message>
    <message>
        <source>Enter the message's subject.</source>
        <translation>Saisissez l’objet du message.</translation>
    </message>
    <message>
        <source>The subject is one line of 500 characters at most.</source>
        <translation>L’objet tient sur une ligne de 500 caractères au plus.</translation>
    </message>
    <message>
        <source>Enter the message's text.</source>
        <translation>Saisissez le texte du message.</translation>
    </message>
    <message>
        <source>The text is too long (20,000 characters at most).</source>
        <translation>Le texte est trop long (20 000 caractères au plus).</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>Send by email</source>
        <translation>Envoyer par courriel</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>Ce qu’il faut envoyer</translation>
    </message>
    <message>
        <source>The programme whose participants receive it</source>
        <translation>Le programme dont les participants le reçoivent</translation>
    </message>
    <message>
        <source>Which sessions the messages are about</source>
        <translation>Les séances dont parlent les messages</translation>
    </message>
    <message>
        <source>Send &amp;again what was already sent</source>
        <translation>Renvoyer ce qui a &amp;déjà été envoyé</translation>
    </message>
    <message>
        <source>Also the messages sent before and unchanged since, to the same people</source>
        <translation>Aussi les messages déjà envoyés et inchangés depuis, aux mêmes personnes</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>Sess&amp;ions:</source>
        <translation>Sé&amp;ances :</translation>
    </message>
    <message>
        <source>Messages to send</source>
        <translation>Messages à envoyer</translation>
    </message>
    <message>
        <source>Each message, to whom, with its attachments</source>
        <translation>Chaque message, son destinataire et ses pièces jointes</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Show the drafts in the file manager</source>
        <translation>Montrer les brouillons dans l’explorateur de fichiers</translation>
    </message>
    <message>
        <source>Out&amp;box…</source>
        <translation>&amp;Boîte d’envoi…</translation>
    </message>
    <message>
        <source>Every message prepared or sent, and what failed</source>
        <translation>Chaque message préparé ou envoyé, et ce qui a échoué</translation>
    </message>
    <message>
        <source>Email &amp;settings…</source>
        <translation>Paramètres du co&amp;urriel…</translation>
    </message>
    <message>
        <source>How messages are sent, and from whom</source>
        <translation>Comment les messages partent, et de qui</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected sessions</source>
        <translation>
            <numerusform>La séance sélectionnée</numerusform>
            <numerusform>Les %n séances sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>This pair’s sessions</source>
        <translation>Les séances de ce binôme</translation>
    </message>
    <message>
        <source>Every upcoming session</source>
        <translation>Toutes les séances à venir</translation>
    </message>
    <message>
        <source>Every held session</source>
        <translation>Toutes les séances tenues</translation>
    </message>
    <message>
        <source>Your address is not set yet: enter it in Email settings… first.</source>
        <translation>Votre adresse n’est pas encore saisie : indiquez-la d’abord dans Paramètres du courriel…</translation>
    </message>
    <message>
        <source>Sent through %1 from %2.</source>
        <translation>Envoyés par %1 depuis %2.</translation>
    </message>
    <message>
        <source>Prepared as drafts: open each one in your mail program, check it and send it. (Settings › Email to send them directly.)</source>
        <translation>Préparés comme brouillons : ouvrez chacun dans votre messagerie, vérifiez-le et envoyez-le. (Paramètres › Courriel pour les envoyer directement.)</translation>
    </message>
    <message>
        <source>Create a programme first, in Pairs.</source>
        <translation>Créez d’abord un programme, dans Binômes.</translation>
    </message>
    <message numerus="yes">
        <source>%n messages already sent are left out.</source>
        <translation>
            <numerusform>%n message déjà envoyé est laissé de côté.</numerusform>
            <numerusform>%n messages déjà envoyés sont laissés de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send for this choice.</source>
        <translation>Rien à envoyer pour ce choix.</translation>
    </message>
    <message numerus="yes">
        <source>No address, so no message for: %1. Add their address in Staff, then come back.</source>
        <translation>
            <numerusform>Pas d’adresse, donc pas de message pour : %1. Ajoutez son adresse dans Personnel, puis revenez.</numerusform>
            <numerusform>Pas d’adresse, donc pas de message pour : %1. Ajoutez leurs adresses dans Personnel, puis revenez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prepare %n drafts</source>
        <translation>
            <numerusform>Préparer %n brouillon</numerusform>
            <numerusform>Préparer %n brouillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n messages</source>
        <translation>
            <numerusform>Envoyer %n message</numerusform>
            <numerusform>Envoyer %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the messages…</source>
        <translation>Préparation des messages…</translation>
    </message>
    <message numerus="yes">
        <source>%n messages sent.</source>
        <translation>
            <numerusform>%n message envoyé.</numerusform>
            <numerusform>%n messages envoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts ready.</source>
        <translation>
            <numerusform>%n brouillon prêt.</numerusform>
            <numerusform>%n brouillons prêts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages failed: they wait in the outbox.</source>
        <translation>
            <numerusform>%n message a échoué : il attend dans la boîte d’envoi.</numerusform>
            <numerusform>%n messages ont échoué : ils attendent dans la boîte d’envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n messages wait in the outbox.</source>
        <translation>
            <numerusform>Arrêté : %n message attend dans la boîte d’envoi.</numerusform>
            <numerusform>Arrêté : %n messages attendent dans la boîte d’envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rest waits in the outbox</source>
        <translation>Le reste attend dans la boîte d’envoi</translation>
    </message>
    <message>
        <source>All drafts are ready</source>
        <translation>Tous les brouillons sont prêts</translation>
    </message>
    <message>
        <source>All sent</source>
        <translation>Tout est envoyé</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password of %1 on %2 (not saved; Settings › Email keeps it):</source>
        <translation>Mot de passe de %1 sur %2 (non enregistré ; Paramètres › Courriel le garde) :</translation>
    </message>
</context>
<context>
    <name>MailEntry</name>
    <message>
        <source>Send the &amp;invitation…</source>
        <translation>En&amp;voyer l’invitation…</translation>
    </message>
    <message>
        <source>A calendar invitation by email, with the agenda</source>
        <translation>Une invitation d’agenda par courriel, avec l’ordre du jour</translation>
    </message>
    <message>
        <source>Ask for &amp;feedback…</source>
        <translation>Demander un &amp;retour…</translation>
    </message>
    <message>
        <source>The feedback form by email, after a held session</source>
        <translation>Le formulaire de retour par courriel, après une séance tenue</translation>
    </message>
    <message>
        <source>Tell the participants</source>
        <translation>Prévenir les participants</translation>
    </message>
    <message>
        <source>The participants were invited to this session. Send them the change now?</source>
        <translation>Les participants ont été invités à cette séance. Leur envoyer le changement maintenant ?</translation>
    </message>
</context>
<context>
    <name>MailMenu</name>
    <message>
        <source>Emai&amp;l</source>
        <translation>Me&amp;ssages</translation>
    </message>
    <message>
        <source>Send the &amp;welcome…</source>
        <translation>Envoyer le message de &amp;bienvenue…</translation>
    </message>
    <message>
        <source>The programme’s welcome pack</source>
        <translation>Le dossier d’accueil du programme</translation>
    </message>
    <message>
        <source>Send the &amp;invitations…</source>
        <translation>Envoyer les &amp;invitations…</translation>
    </message>
    <message>
        <source>Calendar invitations for the sessions planned</source>
        <translation>Les invitations d’agenda pour les séances prévues</translation>
    </message>
    <message>
        <source>Ask for &amp;feedback…</source>
        <translation>Demander les &amp;retours…</translation>
    </message>
    <message>
        <source>The feedback form after the held sessions</source>
        <translation>Le formulaire de retour après les séances tenues</translation>
    </message>
    <message>
        <source>Send the &amp;end-of-programme questionnaire…</source>
        <translation>Envoyer le questionnaire de &amp;fin de programme…</translation>
    </message>
    <message>
        <source>The end-of-programme questionnaire to every participant</source>
        <translation>Le questionnaire de fin de programme à chaque participant</translation>
    </message>
    <message>
        <source>Send the &amp;certificates…</source>
        <translation>Envoyer les &amp;attestations…</translation>
    </message>
    <message>
        <source>Each participant’s certificate</source>
        <translation>L’attestation de chaque participant</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>Boîte d’&amp;envoi…</translation>
    </message>
    <message>
        <source>Every message prepared or sent, and what failed</source>
        <translation>Chaque message préparé ou envoyé, et ce qui a échoué</translation>
    </message>
    <message>
        <source>Message &amp;texts…</source>
        <translation>&amp;Textes des messages…</translation>
    </message>
    <message>
        <source>The subject and text of each message</source>
        <translation>L’objet et le texte de chaque message</translation>
    </message>
    <message>
        <source>Email &amp;settings…</source>
        <translation>&amp;Paramètres du courriel…</translation>
    </message>
    <message>
        <source>How messages are sent, and from whom</source>
        <translation>Comment les messages partent, et de qui</translation>
    </message>
    <message>
        <source>Open the outbox to retry them</source>
        <translation>Ouvrir la boîte d’envoi pour réessayer</translation>
    </message>
    <message numerus="yes">
        <source>%n messages failed</source>
        <translation>
            <numerusform>%n message a échoué</numerusform>
            <numerusform>%n messages ont échoué</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailPlaceholder</name>
    <message>
        <source>the recipient's first name</source>
        <translation>le prénom du destinataire</translation>
    </message>
    <message>
        <source>the recipient's last name</source>
        <translation>le nom du destinataire</translation>
    </message>
    <message>
        <source>the recipient's full name</source>
        <translation>le prénom et le nom du destinataire</translation>
    </message>
    <message>
        <source>the other person of the pair</source>
        <translation>l’autre personne du binôme</translation>
    </message>
    <message>
        <source>the programme's name</source>
        <translation>le nom du programme</translation>
    </message>
    <message>
        <source>the session's date</source>
        <translation>la date de la séance</translation>
    </message>
    <message>
        <source>the session's start time</source>
        <translation>l’heure de début de la séance</translation>
    </message>
    <message>
        <source>the session's place or video link</source>
        <translation>le lieu de la séance ou son lien de visioconférence</translation>
    </message>
    <message>
        <source>your name, as Settings › Email gives it</source>
        <translation>votre nom, tel que l’indique Paramètres › Courriel</translation>
    </message>
    <message>
        <source>the company's name</source>
        <translation>le nom de l’entreprise</translation>
    </message>
</context>
<context>
    <name>MailPreviewModel</name>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>MailSettingsPage</name>
    <message>
        <source>Prepare d&amp;rafts that my mail program opens</source>
        <translation>Préparer des &amp;brouillons que ma messagerie ouvre</translation>
    </message>
    <message>
        <source>Send through the company’s S&amp;MTP server</source>
        <translation>Envo&amp;yer par le serveur SMTP de l’entreprise</translation>
    </message>
    <message>
        <source>Each message becomes an .eml file: open it, check it and send it yourself</source>
        <translation>Chaque message devient un fichier .eml : ouvrez-le, vérifiez-le et envoyez-le vous-même</translation>
    </message>
    <message>
        <source>Mentorat sends the messages itself</source>
        <translation>Mentorat envoie les messages lui-même</translation>
    </message>
    <message>
        <source>How to send:</source>
        <translation>Mode d’envoi :</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>&amp;Nom de l’expéditeur :</translation>
    </message>
    <message>
        <source>The name the participants see, for example: Claire, RH</source>
        <translation>Le nom que voient les participants, par exemple : Claire, RH</translation>
    </message>
    <message>
        <source>Sender a&amp;ddress:</source>
        <translation>A&amp;dresse de l’expéditeur :</translation>
    </message>
    <message>
        <source>The address the messages come from and replies go to</source>
        <translation>L’adresse d’où partent les messages et où arrivent les réponses</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur :</translation>
    </message>
    <message>
        <source>The SMTP server’s name, for example: smtp.office365.com</source>
        <translation>Le nom du serveur SMTP, par exemple : smtp.office365.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Usually 587 with STARTTLS, 465 with TLS</source>
        <translation>En général 587 avec STARTTLS, 465 avec TLS</translation>
    </message>
    <message>
        <source>STARTTLS (recommended)</source>
        <translation>STARTTLS (recommandé)</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS dès la connexion</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>Aucune (non chiffré)</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Sécu&amp;rité :</translation>
    </message>
    <message>
        <source>How the connection to the server is protected</source>
        <translation>Comment la connexion au serveur est protégée</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Often the sender address; leave empty if the server needs no sign-in</source>
        <translation>Souvent l’adresse de l’expéditeur ; laissez vide si le serveur ne demande pas de connexion</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Kept in the system’s password store, never in the database</source>
        <translation>Gardé dans le trousseau du système, jamais dans la base de données</translation>
    </message>
    <message>
        <source>Drafts &amp;folder:</source>
        <translation>Dos&amp;sier des brouillons :</translation>
    </message>
    <message>
        <source>Where the drafts are written; empty: “Mentorat drafts” in your documents</source>
        <translation>Où les brouillons sont écrits ; vide : « Brouillons Mentorat » dans vos documents</translation>
    </message>
    <message>
        <source>Send a &amp;test email…</source>
        <translation>Envoyer un courriel d’&amp;essai…</translation>
    </message>
    <message>
        <source>Saves these settings, then sends a short message</source>
        <translation>Enregistre ces paramètres, puis envoie un court message</translation>
    </message>
    <message>
        <source>Message te&amp;xts…</source>
        <translation>&amp;Textes des messages…</translation>
    </message>
    <message>
        <source>The subject and text of each kind of message, in French and English</source>
        <translation>L’objet et le texte de chaque sorte de message, en français et en anglais</translation>
    </message>
    <message>
        <source>Mentorat drafts, in your documents</source>
        <translation>Brouillons Mentorat, dans vos documents</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the folder for the drafts</source>
        <translation>Choisir le dossier des brouillons</translation>
    </message>
    <message>
        <source>Saved (type to replace it)</source>
        <translation>Enregistré (tapez pour le changer)</translation>
    </message>
    <message>
        <source>Folder for the drafts</source>
        <translation>Dossier des brouillons</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Message d’essai</translation>
    </message>
    <message>
        <source>Send a test message to:</source>
        <translation>Envoyer un message d’essai à :</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
</context>
<context>
    <name>MailTemplate</name>
    <message>
        <source>Mentoring session on {date} at {time}</source>
        <translation>Séance de mentorat le {date} à {time}</translation>
    </message>
    <message>
        <source>Hello {first_name},

You are invited to your mentoring session with {partner} on {date} at {time}.
Place: {place}

The agenda is attached. The invitation puts the session in your calendar: accept it to keep it there.

See you soon,
{coordinator}</source>
        <translation>Bonjour {first_name},

Vous êtes invité·e à votre séance de mentorat avec {partner} le {date} à {time}.
Lieu : {place}

L’ordre du jour est joint. L’invitation place la séance dans votre agenda : acceptez-la pour l’y garder.

À bientôt,
{coordinator}</translation>
    </message>
    <message>
        <source>Cancelled: mentoring session on {date} at {time}</source>
        <translation>Annulée : séance de mentorat le {date} à {time}</translation>
    </message>
    <message>
        <source>Hello {first_name},

Your mentoring session with {partner} on {date} at {time} is cancelled. This message takes it out of your calendar.

Best regards,
{coordinator}</source>
        <translation>Bonjour {first_name},

Votre séance de mentorat avec {partner} le {date} à {time} est annulée. Ce message la retire de votre agenda.

Bien cordialement,
{coordinator}</translation>
    </message>
    <message>
        <source>Welcome to the programme {programme}</source>
        <translation>Bienvenue dans le programme {programme}</translation>
    </message>
    <message>
        <source>Hello {first_name},

Welcome to the mentoring programme {programme}. You will work with {partner}.

Attached are the programme's charter and a short questionnaire about your skills: please fill it in with your PDF reader, save it and send it back to me by replying to this message.

Best regards,
{coordinator}</source>
        <translation>Bonjour {first_name},

Bienvenue dans le programme de mentorat {programme}. Vous travaillerez avec {partner}.

Vous trouverez ci-joint la charte du programme et un court questionnaire sur vos compétences : remplissez-le avec votre lecteur PDF, enregistrez-le et renvoyez-le-moi en répondant à ce message.

Bien cordialement,
{coordinator}</translation>
    </message>
    <message>
        <source>Your session of {date}: a few questions</source>
        <translation>Votre séance du {date} : quelques questions</translation>
    </message>
    <message>
        <source>Hello {first_name},

Thank you for your session with {partner} on {date}. Could you take two minutes to fill in the attached form with your PDF reader, save it and send it back to me by replying to this message?

Thank you,
{coordinator}</source>
        <translation>Bonjour {first_name},

Merci pour votre séance avec {partner} le {date}. Pourriez-vous prendre deux minutes pour remplir le formulaire ci-joint avec votre lecteur PDF, l’enregistrer et me le renvoyer en répondant à ce message ?

Merci,
{coordinator}</translation>
    </message>
    <message>
        <source>End of the programme {programme}</source>
        <translation>Fin du programme {programme}</translation>
    </message>
    <message>
        <source>Hello {first_name},

The programme {programme} is coming to an end: thank you for taking part. The attached questionnaire lets you say what you learned: please fill it in with your PDF reader, save it and send it back to me by replying to this message.

Best regards,
{coordinator}</source>
        <translation>Bonjour {first_name},

Le programme {programme} touche à sa fin : merci d’y avoir participé. Le questionnaire ci-joint vous permet d’indiquer ce que vous avez appris : remplissez-le avec votre lecteur PDF, enregistrez-le et renvoyez-le-moi en répondant à ce message.

Bien cordialement,
{coordinator}</translation>
    </message>
    <message>
        <source>Your certificate for the programme {programme}</source>
        <translation>Votre attestation du programme {programme}</translation>
    </message>
    <message>
        <source>Hello {first_name},

Please find attached your certificate of participation in the mentoring programme {programme}. Congratulations, and thank you for your commitment.

Best regards,
{coordinator}</source>
        <translation>Bonjour {first_name},

Vous trouverez ci-joint votre attestation de participation au programme de mentorat {programme}. Félicitations, et merci pour votre engagement.

Bien cordialement,
{coordinator}</translation>
    </message>
    <message>
        <source>Reverse mentoring 2026</source>
        <translation>Mentorat inversé 2026</translation>
    </message>
    <message>
        <source>Meeting room 2</source>
        <translation>Salle de réunion 2</translation>
    </message>
    <message>
        <source>The coordinator</source>
        <translation>La coordination</translation>
    </message>
</context>
<context>
    <name>MailTemplatesDialog</name>
    <message>
        <source>Message texts</source>
        <translation>Textes des messages</translation>
    </message>
    <message>
        <source>The language the participants read</source>
        <translation>La langue que lisent les participants</translation>
    </message>
    <message>
        <source>Kinds of message</source>
        <translation>Sortes de messages</translation>
    </message>
    <message>
        <source>Choose the message to edit</source>
        <translation>Choisir le message à modifier</translation>
    </message>
    <message>
        <source>The subject line; placeholders are allowed</source>
        <translation>La ligne d’objet ; les champs à remplir sont permis</translation>
    </message>
    <message>
        <source>The text of the message; placeholders are allowed</source>
        <translation>Le texte du message ; les champs à remplir sont permis</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Champs à remplir</translation>
    </message>
    <message>
        <source>Click one (or press Enter) to put it where the cursor is</source>
        <translation>Cliquez sur l’un d’eux (ou appuyez sur Entrée) pour le placer au curseur</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The message as a participant would read it</source>
        <translation>Le message tel qu’un participant le lirait</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>&amp;Placeholders:</source>
        <translation>&amp;Champs à remplir :</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Preview, with example values:</source>
        <translation>Aperçu, avec des valeurs d’exemple :</translation>
    </message>
    <message>
        <source>&amp;Restore the built-in text</source>
        <translation>&amp;Rétablir le texte d’origine</translation>
    </message>
    <message>
        <source>Forget the changes made to this message’s text</source>
        <translation>Oublier les changements faits au texte de ce message</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Your own text</source>
        <translation>Votre propre texte</translation>
    </message>
    <message>
        <source>The built-in text</source>
        <translation>Le texte d’origine</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
</context>
<context>
    <name>MailWords</name>
    <message>
        <source>Session invitations</source>
        <translation>Invitations aux séances</translation>
    </message>
    <message>
        <source>Welcome to the programme</source>
        <translation>Bienvenue dans le programme</translation>
    </message>
    <message>
        <source>Feedback request after a session</source>
        <translation>Demande de retour après une séance</translation>
    </message>
    <message>
        <source>End of the programme</source>
        <translation>Fin du programme</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <source>Session cancellation</source>
        <translation>Annulation d’une séance</translation>
    </message>
    <message>
        <source>A calendar invitation per session, with its agenda attached</source>
        <translation>Une invitation d’agenda par séance, avec son ordre du jour en pièce jointe</translation>
    </message>
    <message>
        <source>The programme’s charter and the skills questionnaire attached</source>
        <translation>La charte du programme et le questionnaire de compétences en pièces jointes</translation>
    </message>
    <message>
        <source>After a held session, the feedback form to fill in and send back</source>
        <translation>Après une séance tenue, le formulaire de retour à remplir et à renvoyer</translation>
    </message>
    <message>
        <source>The end-of-programme questionnaire attached</source>
        <translation>Le questionnaire de fin de programme en pièce jointe</translation>
    </message>
    <message>
        <source>Each participant’s certificate attached</source>
        <translation>L’attestation de chaque participant en pièce jointe</translation>
    </message>
    <message>
        <source>Goes with the invitations when a session is cancelled: nothing attached</source>
        <translation>Part avec les invitations quand une séance est annulée : rien n’est joint</translation>
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
        <source>Participants’ f&amp;orms…</source>
        <translation>F&amp;ormulaires des participants…</translation>
    </message>
    <message>
        <source>Fillable PDF forms to send to the participants</source>
        <translation>Formulaires PDF à remplir, à envoyer aux participants</translation>
    </message>
    <message>
        <source>&amp;Import returned forms…</source>
        <translation>&amp;Importer les formulaires retournés…</translation>
    </message>
    <message>
        <source>Read the forms the participants sent back and record their answers</source>
        <translation>Lire les formulaires renvoyés par les participants et enregistrer leurs réponses</translation>
    </message>
    <message>
        <source>Shared se&amp;rver…</source>
        <translation>Se&amp;rveur partagé…</translation>
    </message>
    <message>
        <source>Keep the data on the company's PostgreSQL server</source>
        <translation>Conserver les données sur le serveur PostgreSQL de l’entreprise</translation>
    </message>
    <message>
        <source>&amp;Copy the data to another database…</source>
        <translation>&amp;Copier les données vers une autre base…</translation>
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
        <source>&amp;User guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>The guide's page about the view shown (F1)</source>
        <translation>La page du guide sur la vue affichée (F1)</translation>
    </message>
    <message>
        <source>&amp;About Mentorat</source>
        <translation>À &amp;propos de Mentorat</translation>
    </message>
    <message>
        <source>Shared server: {location} (backups are made by the server's administrator)</source>
        <translation>Serveur partagé : {location} (les sauvegardes sont faites par l’administrateur du serveur)</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Base de données : {location}</translation>
    </message>
    <message>
        <source>Shared server</source>
        <translation>Serveur partagé</translation>
    </message>
    <message>
        <source>Mentorat opens the chosen database the next time it starts.</source>
        <translation>Mentorat ouvrira la base choisie au prochain démarrage.</translation>
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
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <source>Suggest pairs</source>
        <translation>Proposer des binômes</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pondérations</translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation>Pondérations par défaut</translation>
    </message>
    <message>
        <source>Back to the default weights</source>
        <translation>Revenir aux pondérations par défaut</translation>
    </message>
    <message>
        <source>Match as many people as possible</source>
        <translation>Apparier le plus de personnes possible</translation>
    </message>
    <message>
        <source>Most pairs first, then the best total score among those</source>
        <translation>D’abord le plus de binômes, puis le meilleur score total parmi eux</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Find the best pairs with these weights</source>
        <translation>Trouver les meilleurs binômes avec ces pondérations</translation>
    </message>
    <message>
        <source>Proposed pairs</source>
        <translation>Binômes proposés</translation>
    </message>
    <message>
        <source>Press Run to see the best pairs for this programme.</source>
        <translation>Cliquez sur Lancer pour voir les meilleurs binômes de ce programme.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Keep this pair in every new run</source>
        <translation>Garder ce binôme à chaque nouveau calcul</translation>
    </message>
    <message>
        <source>&amp;Forbid</source>
        <translation>&amp;Interdire</translation>
    </message>
    <message>
        <source>Never propose these two together, then re-run</source>
        <translation>Ne jamais proposer ces deux personnes ensemble, puis recalculer</translation>
    </message>
    <message>
        <source>People left without a pair</source>
        <translation>Personnes restées sans binôme</translation>
    </message>
    <message>
        <source>Left without a pair</source>
        <translation>Sans binôme</translation>
    </message>
    <message>
        <source>as proposed pairs</source>
        <translation>comme binômes proposés</translation>
    </message>
    <message>
        <source>as active pairs</source>
        <translation>comme binômes actifs</translation>
    </message>
    <message>
        <source>Proposed pairs still need your confirmation</source>
        <translation>Les binômes proposés attendent encore votre confirmation</translation>
    </message>
    <message>
        <source>Create the pairs</source>
        <translation>Créer les binômes</translation>
    </message>
    <message>
        <source>Cr&amp;eate them</source>
        <translation>Les cré&amp;er</translation>
    </message>
    <message>
        <source>&amp;Create the ticked pairs</source>
        <translation>&amp;Créer les binômes cochés</translation>
    </message>
    <message>
        <source>Create the pairs whose Accept box is ticked</source>
        <translation>Créer les binômes dont la case Accepter est cochée</translation>
    </message>
    <message>
        <source>Create &amp;all</source>
        <translation>&amp;Tout créer</translation>
    </message>
    <message>
        <source>Create every proposed pair</source>
        <translation>Créer tous les binômes proposés</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Looking for the best pairs…</source>
        <translation>Recherche des meilleurs binômes…</translation>
    </message>
    <message>
        <source>&amp;Stop and show the best found</source>
        <translation>&amp;Arrêter et montrer le meilleur trouvé</translation>
    </message>
    <message>
        <source>Search stopped: no pair proposed. Run it again.</source>
        <translation>Recherche arrêtée : aucun binôme proposé. Relancez-la.</translation>
    </message>
    <message>
        <source>This programme has fewer than two participants: choose them first (Participants… in the Pairs view).</source>
        <translation>Ce programme compte moins de deux participants : choisissez-les d’abord (Participants… dans la vue Binômes).</translation>
    </message>
    <message>
        <source>No pair to propose: record what participants can teach and want to learn, or change the weights.</source>
        <translation>Aucun binôme à proposer : indiquez ce que les participants savent enseigner et veulent apprendre, ou changez les pondérations.</translation>
    </message>
    <message>
        <source>{pairs} among {people}, total score {total}. Select a pair to see its score in detail.</source>
        <translation>{pairs} parmi {people}, score total {total}. Sélectionnez un binôme pour voir le détail de son score.</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs proposed</source>
        <translation>
            <numerusform>%n binôme proposé</numerusform>
            <numerusform>%n binômes proposés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Tick at least one pair to create.</source>
        <translation>Cochez au moins un binôme à créer.</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <source>Skills taught</source>
        <translation>Compétences transmises</translation>
    </message>
    <message>
        <source>Taught back</source>
        <translation>Réciprocité</translation>
    </message>
    <message>
        <source>Reverse generation gap</source>
        <translation>Écart de génération inversé</translation>
    </message>
    <message>
        <source>Different departments</source>
        <translation>Services différents</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>Pénalités</translation>
    </message>
    <message>
        <source>The mentor's level in the skills the mentee wants to learn</source>
        <translation>Le niveau du mentor dans les compétences que le mentoré veut apprendre</translation>
    </message>
    <message>
        <source>What the mentee can teach the mentor in return</source>
        <translation>Ce que le mentoré peut enseigner au mentor en retour</translation>
    </message>
    <message>
        <source>The mentor is younger (or newer in the company) than the mentee</source>
        <translation>Le mentor est plus jeune (ou plus récent dans l’entreprise) que le mentoré</translation>
    </message>
    <message>
        <source>The two work in different departments</source>
        <translation>Les deux travaillent dans des services différents</translation>
    </message>
    <message>
        <source>Deducted for a skip-level reporting line or a mentor below advanced level</source>
        <translation>Retirées pour un lien hiérarchique indirect ou un mentor sous le niveau avancé</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>{name} ({age}, {department})</source>
        <translation>{name} ({age} ans, {department})</translation>
    </message>
    <message>
        <source>{name} ({age})</source>
        <translation>{name} ({age} ans)</translation>
    </message>
    <message>
        <source>{name} ({department})</source>
        <translation>{name} ({department})</translation>
    </message>
    <message>
        <source>{mentor} and {mentee}, kept together as you asked.</source>
        <translation>{mentor} et {mentee}, gardés ensemble comme vous l’avez demandé.</translation>
    </message>
    <message>
        <source>{mentor} teaches {skills}, at {level} level, to {mentee}, who teaches back {back}.</source>
        <translation>{mentor} enseigne {skills}, au niveau {level}, à {mentee}, qui transmet en retour {back}.</translation>
    </message>
    <message>
        <source>{mentor} teaches {skills}, at {level} level, to {mentee}.</source>
        <translation>{mentor} enseigne {skills}, au niveau {level}, à {mentee}.</translation>
    </message>
    <message numerus="yes">
        <source>The mentor is %n years younger.</source>
        <translation><numerusform>Le mentor a %n an de moins.</numerusform><numerusform>Le mentor a %n ans de moins.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The mentor is %n years older: classic mentoring.</source>
        <translation><numerusform>Le mentor a %n an de plus : mentorat classique.</numerusform><numerusform>Le mentor a %n ans de plus : mentorat classique.</numerusform></translation>
    </message>
    <message>
        <source>Two departments meet.</source>
        <translation>Deux services se rencontrent.</translation>
    </message>
    <message>
        <source>Same management chain, two levels apart.</source>
        <translation>Même ligne hiérarchique, à deux niveaux d’écart.</translation>
    </message>
    <message>
        <source>The mentor is not yet advanced in it: {name} should know.</source>
        <translation>Le mentor n’y est pas encore avancé : {name} doit le savoir.</translation>
    </message>
    <message>
        <source>No skill recorded as taught or wanted: complete their profile.</source>
        <translation>Aucune compétence à enseigner ou à apprendre : complétez son profil.</translation>
    </message>
    <message>
        <source>Nobody in the programme teaches what they want, nor wants what they teach.</source>
        <translation>Personne dans le programme n’enseigne ce qu’il ou elle veut apprendre, ni ne veut apprendre ce qu’il ou elle enseigne.</translation>
    </message>
    <message>
        <source>Every possible partner is excluded: reporting line, forbidden, or paired before.</source>
        <translation>Tous les partenaires possibles sont exclus : lien hiérarchique, interdiction ou binôme déjà formé.</translation>
    </message>
    <message>
        <source>Their possible partners are taken by better pairs or have no place left.</source>
        <translation>Ses partenaires possibles sont pris par de meilleurs binômes ou n’ont plus de place.</translation>
    </message>
    <message>
        <source>Every possible pair scores zero or less with the current weights.</source>
        <translation>Tous les binômes possibles ont un score nul ou négatif avec les pondérations actuelles.</translation>
    </message>
    <message>
        <source>a person cannot be paired with themselves</source>
        <translation>une personne ne peut pas former un binôme avec elle-même</translation>
    </message>
    <message>
        <source>they are manager and direct report</source>
        <translation>ils sont responsable et collaborateur direct</translation>
    </message>
    <message>
        <source>you forbade this pair</source>
        <translation>vous avez interdit ce binôme</translation>
    </message>
    <message>
        <source>they were a pair in the previous programme</source>
        <translation>ils formaient un binôme au programme précédent</translation>
    </message>
    <message>
        <source>they already form a pair</source>
        <translation>ils forment déjà un binôme</translation>
    </message>
    <message>
        <source>one of them does not take part</source>
        <translation>l’un des deux ne participe pas</translation>
    </message>
    <message>
        <source>the mentee already has a mentor</source>
        <translation>le mentoré a déjà un mentor</translation>
    </message>
    <message>
        <source>the mentor has no place left</source>
        <translation>le mentor n’a plus de place</translation>
    </message>
    <message numerus="yes">
        <source>Still searching: %n branches looked at, within {gap} % of the best possible.</source>
        <translation><numerusform>Toujours en recherche : %n branche examinée, à {gap} % au plus du meilleur possible.</numerusform><numerusform>Toujours en recherche : %n branches examinées, à {gap} % au plus du meilleur possible.</numerusform></translation>
    </message>
    <message>
        <source>Search stopped: these are the best pairs found so far; Run searches to the end.</source>
        <translation>Recherche arrêtée : voici les meilleurs binômes trouvés jusqu’ici ; Lancer cherche jusqu’au bout.</translation>
    </message>
    <message>
        <source>Search stopped: these are the best pairs found so far, at most {gap} % below the best possible; Run searches to the end.</source>
        <translation>Recherche arrêtée : voici les meilleurs binômes trouvés jusqu’ici, à {gap} % au plus du meilleur possible ; Lancer cherche jusqu’au bout.</translation>
    </message>
    <message>
        <source>The locked pair {mentor} → {mentee} cannot be kept: {rule}.</source>
        <translation>Le binôme verrouillé {mentor} → {mentee} ne peut pas être gardé : {rule}.</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <source>T</source>
        <comment>can teach</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>L</source>
        <comment>wants to learn</comment>
        <translation>A</translation>
    </message>
</context>
<context>
    <name>MoveSessionDialog</name>
    <message>
        <source>Move the session</source>
        <translation>Déplacer la séance</translation>
    </message>
    <message>
        <source>New day of the session</source>
        <translation>Nouveau jour de la séance</translation>
    </message>
    <message>
        <source>New local time</source>
        <translation>Nouvelle heure locale</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length of the session</source>
        <translation>Durée de la séance</translation>
    </message>
    <message>
        <source>Meeting room, address or video link</source>
        <translation>Salle, adresse ou lien de visio</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Heure :</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>&amp;Lieu :</translation>
    </message>
</context>
<context>
    <name>NextStepHint</name>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Hide this line</source>
        <translation>Masquer cette ligne</translation>
    </message>
    <message>
        <source>The pairs are made. Next: welcome them, with the charter and the skills questionnaire.</source>
        <translation>Les binômes sont formés. Ensuite : souhaitez-leur la bienvenue, avec la charte et le questionnaire de compétences.</translation>
    </message>
    <message>
        <source>Send the &amp;welcome…</source>
        <translation>Envoyer la &amp;bienvenue…</translation>
    </message>
    <message>
        <source>The sessions are planned. Next: invite the participants to them.</source>
        <translation>Les séances sont planifiées. Ensuite : invitez-y les participants.</translation>
    </message>
    <message>
        <source>Send the in&amp;vitations…</source>
        <translation>Envoyer les in&amp;vitations…</translation>
    </message>
</context>
<context>
    <name>NoticeArea</name>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Take a backup of the database now</source>
        <translation>Faire une sauvegarde de la base de données maintenant</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Examiner…</translation>
    </message>
    <message>
        <source>Open the personal data dialog to anonymise them</source>
        <translation>Ouvrir la fenêtre des données personnelles pour les anonymiser</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>This database has never been backed up. Back it up now.</source>
        <translation>Cette base de données n’a jamais été sauvegardée. Sauvegardez-la maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup is %n days old: back up now, ideally to a USB key.</source>
        <translation><numerusform>La dernière sauvegarde date de %n jour : sauvegardez maintenant, idéalement sur une clé USB.</numerusform><numerusform>La dernière sauvegarde date de %n jours : sauvegardez maintenant, idéalement sur une clé USB.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation><numerusform>{names} et %n autre</numerusform><numerusform>{names} et %n autres</numerusform></translation>
    </message>
    <message>
        <source>Archived longer than the retention period allows: {names}. Anonymise them.</source>
        <translation>Archivés depuis plus longtemps que la durée de conservation ne le permet : {names}. Anonymisez-les.</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Every message prepared or sent, newest first</source>
        <translation>Chaque message préparé ou envoyé, le plus récent en premier</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Send or prepare the selected messages again</source>
        <translation>Envoyer ou préparer de nouveau les messages sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>Do not send the selected messages</source>
        <translation>Ne pas envoyer les messages sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Open draft</source>
        <translation>&amp;Ouvrir le brouillon</translation>
    </message>
    <message>
        <source>Open the draft in your mail program</source>
        <translation>Ouvrir le brouillon dans votre messagerie</translation>
    </message>
    <message>
        <source>&amp;Write it in my mail program</source>
        <translation>Le r&amp;édiger dans ma messagerie</translation>
    </message>
    <message>
        <source>A new message with this recipient, subject and text, where no draft opens; add the attachments by hand</source>
        <translation>Un nouveau message avec ce destinataire, cet objet et ce texte, là où aucun brouillon ne s’ouvre ; ajoutez les pièces jointes à la main</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No message yet: what you send by email shows here.</source>
        <translation>Aucun message pour l’instant : ce que vous envoyez par courriel s’affiche ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n messages.</source>
        <translation>
            <numerusform>%n message.</numerusform>
            <numerusform>%n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n en échec.</numerusform>
            <numerusform>%n en échec.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting.</source>
        <translation>
            <numerusform>%n en attente.</numerusform>
            <numerusform>%n en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the messages again…</source>
        <translation>Nouvel envoi des messages…</translation>
    </message>
    <message numerus="yes">
        <source>%n messages sent.</source>
        <translation>
            <numerusform>%n message envoyé.</numerusform>
            <numerusform>%n messages envoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts ready.</source>
        <translation>
            <numerusform>%n brouillon prêt.</numerusform>
            <numerusform>%n brouillons prêts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages failed again.</source>
        <translation>
            <numerusform>%n message a de nouveau échoué.</numerusform>
            <numerusform>%n messages ont de nouveau échoué.</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft “%1” is no longer there.</source>
        <translation>Le brouillon « %1 » n’est plus là.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Draft ready</source>
        <translation>Brouillon prêt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Abandonné</translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <source>Edit the pair</source>
        <translation>Modifier le binôme</translation>
    </message>
    <message>
        <source>New pair</source>
        <translation>Nouveau binôme</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor :</translation>
    </message>
    <message>
        <source>The one who teaches; only the programme's participants are listed</source>
        <translation>Celui ou celle qui enseigne ; seuls les participants du programme sont proposés</translation>
    </message>
    <message>
        <source>Mente&amp;e:</source>
        <translation>Mentor&amp;é :</translation>
    </message>
    <message>
        <source>The one who learns</source>
        <translation>Celui ou celle qui apprend</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Objectifs :</translation>
    </message>
    <message>
        <source>What the pair wants to achieve</source>
        <translation>Ce que le binôme veut atteindre</translation>
    </message>
    <message>
        <source>&amp;Taught by the mentor:</source>
        <translation>&amp;Transmis par le mentor :</translation>
    </message>
    <message>
        <source>Tick the skills the mentor teaches in this pair</source>
        <translation>Cochez les compétences que le mentor enseigne dans ce binôme</translation>
    </message>
    <message>
        <source>Taught &amp;back:</source>
        <translation>Transmis en &amp;retour :</translation>
    </message>
    <message>
        <source>Tick the skills the mentee teaches back: the pair becomes reciprocal</source>
        <translation>Cochez les compétences que le mentoré transmet en retour : le binôme devient réciproque</translation>
    </message>
    <message>
        <source>The mentee teaches something back</source>
        <translation>Le mentoré transmet quelque chose en retour</translation>
    </message>
    <message>
        <source>&amp;Reciprocal:</source>
        <translation>Ré&amp;ciproque :</translation>
    </message>
    <message>
        <source>Set automatically when a skill is taught back</source>
        <translation>Coché automatiquement quand une compétence est transmise en retour</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Proposed, then active; completed at the end, or stopped with a reason</source>
        <translation>Proposé, puis actif ; terminé à la fin, ou arrêté avec un motif</translation>
    </message>
    <message>
        <source>Reason for stopp&amp;ing:</source>
        <translation>Motif de l’&amp;arrêt :</translation>
    </message>
    <message>
        <source>Needed when the pair stops</source>
        <translation>Nécessaire quand le binôme s’arrête</translation>
    </message>
    <message>
        <source>Choose a participant.</source>
        <translation>Choisissez un participant.</translation>
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
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Focus skills</source>
        <translation>Compétences travaillées</translation>
    </message>
    <message>
        <source>Reciprocal</source>
        <translation>Réciproque</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Dernière séance</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Prochaine séance</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>The one who teaches</source>
        <translation>Celui ou celle qui enseigne</translation>
    </message>
    <message>
        <source>The one who learns (and may teach back)</source>
        <translation>Celui ou celle qui apprend (et peut transmettre en retour)</translation>
    </message>
    <message>
        <source>→ taught by the mentor, ← taught back by the mentee</source>
        <translation>→ transmis par le mentor, ← transmis en retour par le mentoré</translation>
    </message>
    <message>
        <source>The mentee teaches something back</source>
        <translation>Le mentoré transmet quelque chose en retour</translation>
    </message>
    <message>
        <source>Proposed, active, completed or stopped</source>
        <translation>Proposé, actif, terminé ou arrêté</translation>
    </message>
    <message>
        <source>Sessions held so far / sessions planned from today</source>
        <translation>Séances tenues jusqu’ici / séances prévues à partir d’aujourd’hui</translation>
    </message>
    <message>
        <source>Date of the last held session</source>
        <translation>Date de la dernière séance tenue</translation>
    </message>
    <message>
        <source>Date of the next planned session</source>
        <translation>Date de la prochaine séance prévue</translation>
    </message>
    <message>
        <source>From the days since the last held session against the programme's rhythm</source>
        <translation>D’après les jours écoulés depuis la dernière séance tenue, comparés au rythme du programme</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>À l’arrêt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message numerus="yes">
        <source>%n days since the last held session</source>
        <translation>
            <numerusform>%n jour depuis la dernière séance tenue</numerusform>
            <numerusform>%n jours depuis la dernière séance tenue</numerusform>
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
        <translation>Le programme dont les binômes sont affichés</translation>
    </message>
    <message>
        <source>New programme…</source>
        <translation>Nouveau programme…</translation>
    </message>
    <message>
        <source>Create a programme (cohort)</source>
        <translation>Créer un programme (promotion)</translation>
    </message>
    <message>
        <source>Edit programme…</source>
        <translation>Modifier le programme…</translation>
    </message>
    <message>
        <source>Dates, rhythm, capacity, charter</source>
        <translation>Dates, rythme, capacité, charte</translation>
    </message>
    <message>
        <source>Participants…</source>
        <translation>Participants…</translation>
    </message>
    <message>
        <source>Choose who takes part in the programme</source>
        <translation>Choisir qui participe au programme</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>The programme begins: draft → running</source>
        <translation>Le programme commence : brouillon → en cours</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Clôturer…</translation>
    </message>
    <message>
        <source>End the programme, after the end-of-programme assessments</source>
        <translation>Terminer le programme, après les évaluations de fin de programme</translation>
    </message>
    <message>
        <source>Suggest pairs…</source>
        <translation>Proposer des binômes…</translation>
    </message>
    <message>
        <source>The matcher proposes the best pairs among the participants, with reasons</source>
        <translation>L’outil d’appariement propose les meilleurs binômes parmi les participants, avec les raisons</translation>
    </message>
    <message>
        <source>New pair…</source>
        <translation>Nouveau binôme…</translation>
    </message>
    <message>
        <source>Form a pair by hand</source>
        <translation>Former un binôme à la main</translation>
    </message>
    <message>
        <source>Edit pair…</source>
        <translation>Modifier le binôme…</translation>
    </message>
    <message>
        <source>Goals, focus skills and status of the selected pair</source>
        <translation>Objectifs, compétences travaillées et statut du binôme sélectionné</translation>
    </message>
    <message>
        <source>Charter…</source>
        <translation>Charte…</translation>
    </message>
    <message>
        <source>The selected pair's charter with signature blocks, in Documents</source>
        <translation>La charte du binôme choisi, avec les signatures, dans Documents</translation>
    </message>
    <message>
        <source>Plan the programme…</source>
        <translation>Planifier le programme…</translation>
    </message>
    <message>
        <source>Plan a series for every active pair that has no session to come, at once</source>
        <translation>Planifier d’un coup une série pour chaque binôme actif qui n’a aucune séance à venir</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>Send this pair’s &amp;invitations…</source>
        <translation>Envoyer les &amp;invitations de ce binôme…</translation>
    </message>
    <message>
        <source>Calendar invitations by email for its sessions</source>
        <translation>Les invitations d’agenda par courriel pour ses séances</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <source>{pairs}, {active}, {late}</source>
        <translation>{pairs}, {active}, {late}</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs</source>
        <translation>
            <numerusform>%n binôme</numerusform>
            <numerusform>%n binômes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n actif</numerusform>
            <numerusform>%n actifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late or stalled</source>
        <translation>
            <numerusform>%n en retard ou à l’arrêt</numerusform>
            <numerusform>%n en retard ou à l’arrêt</numerusform>
        </translation>
    </message>
    <message>
        <source>{status} · {rhythm} · {capacity}</source>
        <translation>{status} · {rhythm} · {capacity}</translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation>
            <numerusform>chaque semaine</numerusform>
            <numerusform>toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n mentees per mentor</source>
        <translation>
            <numerusform>jusqu’à %n mentoré par mentor</numerusform>
            <numerusform>jusqu’à %n mentorés par mentor</numerusform>
        </translation>
    </message>
    <message>
        <source>No programme yet. Create one with “New programme…”, choose its participants, then let “Suggest pairs…” form the pairs.</source>
        <translation>Aucun programme pour l’instant. Créez-en un avec « Nouveau programme… », choisissez ses participants, puis laissez « Proposer des binômes… » former les binômes.</translation>
    </message>
    <message>
        <source>No pair in this programme yet. Choose the participants, then “Suggest pairs…” proposes the best pairs with the reasons, or form one with “New pair…”.</source>
        <translation>Aucun binôme dans ce programme pour l’instant. Choisissez les participants : « Proposer des binômes… » propose alors les meilleurs binômes avec leurs raisons ; ou formez-en un avec « Nouveau binôme… ».</translation>
    </message>
    <message>
        <source>Start the programme</source>
        <translation>Démarrer le programme</translation>
    </message>
    <message>
        <source>Edit the pair</source>
        <translation>Modifier le binôme</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Participants of the programme</source>
        <translation>Participants du programme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Can teach</source>
        <translation>Peut enseigner</translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation>Veut apprendre</translation>
    </message>
    <message>
        <source>Search a name, a department or a skill</source>
        <translation>Chercher un nom, un service ou une compétence</translation>
    </message>
    <message>
        <source>Shows the people whose name, department or skills match</source>
        <translation>Affiche les personnes dont le nom, le service ou les compétences correspondent</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Show one department only</source>
        <translation>N’afficher qu’un service</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>Toutes les compétences</translation>
    </message>
    <message>
        <source>Show the people who can teach or want to learn this skill</source>
        <translation>Afficher les personnes qui peuvent enseigner ou veulent apprendre cette compétence</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>All generations</source>
        <translation>Toutes les générations</translation>
    </message>
    <message>
        <source>Show one generation only</source>
        <translation>Afficher une seule génération</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Space ticks the selected rows; Ctrl+A selects every row shown</source>
        <translation>Espace coche les lignes sélectionnées ; Ctrl+A sélectionne toutes les lignes affichées</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>&amp;Personnel :</translation>
    </message>
    <message>
        <source>&amp;Tick all shown</source>
        <translation>&amp;Cocher les affichés</translation>
    </message>
    <message>
        <source>Tick every person the filters show (everyone when no filter is set)</source>
        <translation>Cocher toutes les personnes que les filtres affichent (tout le monde sans filtre)</translation>
    </message>
    <message>
        <source>&amp;Untick all shown</source>
        <translation>&amp;Décocher les affichés</translation>
    </message>
    <message>
        <source>Untick every person the filters show</source>
        <translation>Décocher toutes les personnes que les filtres affichent</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>&amp;Inverser</translation>
    </message>
    <message>
        <source>Tick those shown who are not ticked, untick the others</source>
        <translation>Cocher les personnes affichées non cochées, décocher les autres</translation>
    </message>
    <message>
        <source>Tick the people who take part. The matcher forms pairs among them only.</source>
        <translation>Cochez les personnes qui participent. L’appariement forme les binômes parmi elles seulement.</translation>
    </message>
    <message numerus="yes">
        <source>%n participants chosen</source>
        <translation>
            <numerusform>%n participant choisi</numerusform>
            <numerusform>%n participants choisis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Document preview</source>
        <translation>Aperçu du document</translation>
    </message>
</context>
<context>
    <name>PersonData</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manquée</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Date d’embauche</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Archivé le</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Ratings: mentor {mentor}/5, mentee {mentee}/5</source>
        <translation>Évaluations : mentor {mentor}/5, mentoré {mentee}/5</translation>
    </message>
    <message>
        <source>Confidential notes: {notes}</source>
        <translation>Notes confidentielles : {notes}</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentoré</translation>
    </message>
    <message>
        <source>{programme}: {role}, with {other}</source>
        <translation>{programme} : {role}, avec {other}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Commencé le</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Motif de fin</translation>
    </message>
    <message>
        <source>Focus skills</source>
        <translation>Compétences travaillées</translation>
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
        <translation>Données personnelles détenues par Mentorat</translation>
    </message>
    <message>
        <source>{name} — as of {date}</source>
        <translation>{name} — au {date}</translation>
    </message>
    <message>
        <source>This document lists everything the Mentorat application of {organisation} holds about {name}. The same data comes in a machine-readable file (JSON).</source>
        <translation>Ce document recense tout ce que l’application Mentorat de {organisation} détient sur {name}. Les mêmes données sont fournies dans un fichier lisible par machine (JSON).</translation>
    </message>
    <message>
        <source>Confidential session notes are not included: they concern both participants. Ask the coordinator if you wish to see them.</source>
        <translation>Les notes confidentielles des séances ne sont pas incluses : elles concernent les deux participants. Demandez-les au coordinateur si vous souhaitez les consulter.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Can teach</source>
        <translation>Peut enseigner</translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation>Veut apprendre</translation>
    </message>
    <message>
        <source>Skill assessments</source>
        <translation>Évaluations des compétences</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Pairs and sessions</source>
        <translation>Binômes et séances</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Délivrée le</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>End-of-programme answers</source>
        <translation>Réponses de fin de programme</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Messages sent by email</source>
        <translation>Messages envoyés par courriel</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Préparé le</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>draft written</source>
        <translation>brouillon écrit</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>abandonné</translation>
    </message>
</context>
<context>
    <name>PersonDetailPane</name>
    <message>
        <source>Selected person</source>
        <translation>Personne sélectionnée</translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation>Sélectionnez une personne pour voir sa fiche.</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Poste :</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <source>Generation:</source>
        <translation>Génération :</translation>
    </message>
    <message>
        <source>Hire date:</source>
        <translation>Date d’entrée :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change this person's details (Enter in the table)</source>
        <translation>Modifier la fiche de cette personne (Entrée dans le tableau)</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>A&amp;rchiver…</translation>
    </message>
    <message>
        <source>&amp;Certificate…</source>
        <translation>A&amp;ttestation…</translation>
    </message>
    <message>
        <source>This person's certificate, in Documents</source>
        <translation>L’attestation de cette personne, dans Documents</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Skills of the selected person</source>
        <translation>Compétences de la personne sélectionnée</translation>
    </message>
    <message>
        <source>F2 or a digit changes the level; Space ticks can teach / wants to learn</source>
        <translation>F2 ou un chiffre change le niveau ; Espace coche peut enseigner / veut apprendre</translation>
    </message>
    <message>
        <source>Skill to add</source>
        <translation>Compétence à ajouter</translation>
    </message>
    <message>
        <source>Choose a skill to add to this person's profile</source>
        <translation>Choisir une compétence à ajouter au profil de cette personne</translation>
    </message>
    <message>
        <source>Add s&amp;kill</source>
        <translation>Ajouter la compéten&amp;ce</translation>
    </message>
    <message>
        <source>Add the chosen skill at level 0</source>
        <translation>Ajouter la compétence choisie au niveau 0</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected skill from the profile</source>
        <translation>Retirer du profil la compétence sélectionnée</translation>
    </message>
    <message>
        <source>The skills catalogue is empty: create the skills in the Skills view first.</source>
        <translation>Le catalogue des compétences est vide : créez d’abord les compétences dans la vue Compétences.</translation>
    </message>
    <message>
        <source>Go to Skills</source>
        <translation>Aller aux compétences</translation>
    </message>
    <message>
        <source>Create the categories and skills to record</source>
        <translation>Créer les catégories et les compétences à enregistrer</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>{band} (born in {year})</source>
        <translation>{band} (né·e en {year})</translation>
    </message>
    <message>
        <source>{date} ({seniority})</source>
        <translation>{date} ({seniority})</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Fiche archivée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En poste</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Désarc&amp;hiver</translation>
    </message>
    <message>
        <source>Bring this person back to the active staff</source>
        <translation>Remettre cette personne dans le personnel actif</translation>
    </message>
    <message>
        <source>Archive this person: they leave the lists, their history stays</source>
        <translation>Archiver cette personne : elle quitte les listes, son historique reste</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>No pair yet.</source>
        <translation>Aucun binôme pour l’instant.</translation>
    </message>
    <message>
        <source>mentor of {name}</source>
        <translation>mentor de {name}</translation>
    </message>
    <message>
        <source>mentee of {name}</source>
        <translation>mentoré·e de {name}</translation>
    </message>
    <message>
        <source>{programme}: {role} — {status}</source>
        <translation>{programme} : {role} — {status}</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manquée</translation>
    </message>
    <message>
        <source>No session yet.</source>
        <translation>Aucune séance pour l’instant.</translation>
    </message>
    <message>
        <source>{date} with {name} — {status}</source>
        <translation>{date} avec {name} — {status}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>This skill is already in the profile.</source>
        <translation>Cette compétence est déjà dans le profil.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit a person</source>
        <translation>Modifier une personne</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>The person's first name</source>
        <translation>Le prénom de la personne</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>The person's last name</source>
        <translation>Le nom de la personne</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>Optional; two people cannot share one</source>
        <translation>Facultatif ; deux personnes ne peuvent pas partager la même adresse</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>P&amp;oste :</translation>
    </message>
    <message>
        <source>For example: Chargée de communication</source>
        <translation>Par exemple : Chargée de communication</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>Choose a department or type a new one</source>
        <translation>Choisissez un service ou tapez-en un nouveau</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>Kept out of the same pair as this person</source>
        <translation>Jamais dans le même binôme que cette personne</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Année de naissance :</translation>
    </message>
    <message>
        <source>Optional; only the generation band is shown</source>
        <translation>Facultatif ; seule la génération est affichée</translation>
    </message>
    <message>
        <source>&amp;Hire date:</source>
        <translation>&amp;Date d’entrée :</translation>
    </message>
    <message>
        <source>Optional; gives the seniority</source>
        <translation>Facultatif ; donne l’ancienneté</translation>
    </message>
</context>
<context>
    <name>PersonSkillsModel</name>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Teaches</source>
        <translation>Enseigne</translation>
    </message>
    <message>
        <source>Learns</source>
        <translation>Apprend</translation>
    </message>
    <message>
        <source>The skill (its category in the tooltip)</source>
        <translation>La compétence (sa catégorie dans l’infobulle)</translation>
    </message>
    <message>
        <source>The skill's category</source>
        <translation>La catégorie de la compétence</translation>
    </message>
    <message>
        <source>Level from 0 (none) to 4 (expert)</source>
        <translation>Niveau de 0 (aucun) à 4 (expert)</translation>
    </message>
    <message>
        <source>Can teach this skill</source>
        <translation>Peut enseigner cette compétence</translation>
    </message>
    <message>
        <source>Wants to learn this skill</source>
        <translation>Veut apprendre cette compétence</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>For a request from an employee (right of access), export everything the app holds about them. For someone who left, anonymise them: the statistics stay.</source>
        <translation>Pour la demande d’un salarié (droit d’accès), exportez tout ce que l’application détient sur lui. Pour quelqu’un qui est parti, anonymisez-le : les statistiques restent.</translation>
    </message>
    <message>
        <source>Search a name…</source>
        <translation>Rechercher un nom…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Filter the list by name</source>
        <translation>Filtrer la liste par nom</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Include confidential session notes</source>
        <translation>Inclure les notes confidentielles des séances</translation>
    </message>
    <message>
        <source>They concern the other participant too: read them before sending</source>
        <translation>Elles concernent aussi l’autre participant : relisez-les avant l’envoi</translation>
    </message>
    <message>
        <source>&amp;Export their data…</source>
        <translation>&amp;Exporter ses données…</translation>
    </message>
    <message>
        <source>A JSON file and a readable PDF, in a folder</source>
        <translation>Un fichier JSON et un PDF lisible, dans un dossier</translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonymiser…</translation>
    </message>
    <message>
        <source>Erase who they are, keep the statistics</source>
        <translation>Effacer son identité, garder les statistiques</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymisé</translation>
    </message>
    <message>
        <source>⚠ archived since {date}, past retention</source>
        <translation>⚠ archivé depuis le {date}, durée de conservation dépassée</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation>Dossier de l’export</translation>
    </message>
    <message>
        <source>✔ Written: {json} and {pdf}</source>
        <translation>✔ Écrits : {json} et {pdf}</translation>
    </message>
    <message>
        <source>Anonymisation</source>
        <translation>Anonymisation</translation>
    </message>
    <message>
        <source>✔ Anonymised: now “{label}”.</source>
        <translation>✔ Anonymisé : désormais « {label} ».</translation>
    </message>
</context>
<context>
    <name>PlanProgrammeDialog</name>
    <message>
        <source>Plan the programme</source>
        <translation>Planifier le programme</translation>
    </message>
    <message>
        <source>The programme whose pairs get their sessions</source>
        <translation>Le programme dont les binômes reçoivent leurs séances</translation>
    </message>
    <message>
        <source>P&amp;rogramme:</source>
        <translation>P&amp;rogramme :</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Meeting room, address or video link</source>
        <translation>Salle, adresse ou lien de visio</translation>
    </message>
    <message>
        <source>Where every pair meets; each session can be moved later</source>
        <translation>Où les binômes se retrouvent ; chaque séance pourra être déplacée ensuite</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Series to plan, one row per pair</source>
        <translation>Séries à planifier, une ligne par binôme</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>Première séance</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>&amp;Sessions of the selected pair:</source>
        <translation>&amp;Séances du binôme sélectionné :</translation>
    </message>
    <message>
        <source>Sessions of the selected pair</source>
        <translation>Séances du binôme sélectionné</translation>
    </message>
    <message>
        <source>&amp;Plan every series</source>
        <translation>&amp;Planifier toutes les séries</translation>
    </message>
    <message>
        <source>Save every row's sessions at once</source>
        <translation>Enregistrer d’un coup les séances de toutes les lignes</translation>
    </message>
    <message>
        <source>No programme yet: create one in the Pairs view first.</source>
        <translation>Aucun programme pour l’instant : créez-en un d’abord dans la vue Binômes.</translation>
    </message>
    <message>
        <source>This programme has no active pair yet. In the Pairs view, make its proposed pairs active (“Edit pair…”, then the status), or create them as active pairs from “Suggest pairs…”.</source>
        <translation>Ce programme n’a encore aucun binôme actif. Dans la vue Binômes, rendez actifs ses binômes proposés (« Modifier le binôme… », puis le statut), ou créez-les comme binômes actifs depuis « Proposer des binômes… ».</translation>
    </message>
    <message>
        <source>Every active pair of this programme already has sessions to come. Make the proposed pairs active in the Pairs view, or plan one pair with “Plan sessions…”.</source>
        <translation>Chaque binôme actif de ce programme a déjà des séances à venir. Activez les binômes proposés dans la vue Binômes, ou planifiez un binôme avec « Planifier des séances… ».</translation>
    </message>
    <message numerus="yes">
        <source>%n active pairs have no session to come.</source>
        <translation>
            <numerusform>%n binôme actif n’a aucune séance à venir.</numerusform>
            <numerusform>%n binômes actifs n’ont aucune séance à venir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each gets a series every %n weeks until the programme's end, on a weekday and at a time where neither person meets anyone else. Change any row before planning.</source>
        <translation>
            <numerusform>Chacun reçoit une série chaque semaine jusqu’à la fin du programme, un jour et à une heure où aucun des deux n’a d’autre séance. Modifiez les lignes voulues avant de planifier.</numerusform>
            <numerusform>Chacun reçoit une série toutes les %n semaines jusqu’à la fin du programme, un jour et à une heure où aucun des deux n’a d’autre séance. Modifiez les lignes voulues avant de planifier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pairs already have sessions to come and are left as they are.</source>
        <translation>
            <numerusform>%n binôme a déjà des séances à venir et reste tel quel.</numerusform>
            <numerusform>%n binômes ont déjà des séances à venir et restent tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekday of {pair}</source>
        <translation>Jour de {pair}</translation>
    </message>
    <message>
        <source>The day of the week they meet</source>
        <translation>Le jour de la semaine où ils se retrouvent</translation>
    </message>
    <message>
        <source>Time of {pair}</source>
        <translation>Heure de {pair}</translation>
    </message>
    <message>
        <source>Local time of every session of the series</source>
        <translation>Heure locale de chaque séance de la série</translation>
    </message>
    <message>
        <source>First session of {pair}</source>
        <translation>Première séance de {pair}</translation>
    </message>
    <message>
        <source>Day of the first session; the others follow the rhythm</source>
        <translation>Jour de la première séance ; les suivantes suivent le rythme</translation>
    </message>
    <message>
        <source>Number of sessions of {pair}</source>
        <translation>Nombre de séances de {pair}</translation>
    </message>
    <message>
        <source>How many sessions the series has</source>
        <translation>Nombre de séances de la série</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>No warning</source>
        <translation>Aucun avertissement</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions will be planned</source>
        <translation>
            <numerusform>%n séance sera planifiée</numerusform>
            <numerusform>%n séances seront planifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n pairs.</source>
        <translation>
            <numerusform>pour %n binôme.</numerusform>
            <numerusform>pour %n binômes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning: check them.</source>
        <translation>
            <numerusform>%n avec un avertissement : vérifiez-la.</numerusform>
            <numerusform>%n avec un avertissement : vérifiez-les.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanSessionsDialog</name>
    <message>
        <source>Plan sessions</source>
        <translation>Planifier des séances</translation>
    </message>
    <message>
        <source>Who meets</source>
        <translation>Qui se rencontre</translation>
    </message>
    <message>
        <source>P&amp;air:</source>
        <translation>&amp;Binôme :</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;First session:</source>
        <translation>Première &amp;séance :</translation>
    </message>
    <message>
        <source>Day and local time; later sessions keep the same time, summer or winter</source>
        <translation>Jour et heure locale ; les séances suivantes gardent la même heure, été comme hiver</translation>
    </message>
    <message>
        <source>Local time of every session of the series</source>
        <translation>Heure locale de chaque séance de la série</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>A single session</source>
        <translation>Une seule séance</translation>
    </message>
    <message>
        <source>Every N weeks</source>
        <translation>Toutes les N semaines</translation>
    </message>
    <message>
        <source>Monthly, on the same weekday</source>
        <translation>Chaque mois, le même jour de la semaine</translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation>
            <numerusform>toutes les %n semaine</numerusform>
            <numerusform>toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>No pair to plan for yet: form an active pair first. “Go to Pairs” takes you there.</source>
        <translation>Aucun binôme pour lequel planifier : formez d’abord un binôme actif. « Aller aux binômes » vous y mène.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions will be planned.</source>
        <translation>
            <numerusform>%n séance sera planifiée.</numerusform>
            <numerusform>%n séances seront planifiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning: check them below.</source>
        <translation>
            <numerusform>%n avec un avertissement : vérifiez-la ci-dessous.</numerusform>
            <numerusform>%n avec un avertissement : vérifiez-les ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weeks between sessions</source>
        <translation>Semaines entre deux séances</translation>
    </message>
    <message>
        <source>&amp;Rhythm:</source>
        <translation>&amp;Rythme :</translation>
    </message>
    <message>
        <source>How often the pair meets</source>
        <translation>À quelle fréquence le binôme se rencontre</translation>
    </message>
    <message>
        <source>Number of weeks between two sessions</source>
        <translation>Nombre de semaines entre deux séances</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Nombre de séances</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Jusqu’à :</translation>
    </message>
    <message>
        <source>Until the programme ends, or a given number of sessions</source>
        <translation>Jusqu’à la fin du programme, ou un nombre donné de séances</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>Length of each session</source>
        <translation>Durée de chaque séance</translation>
    </message>
    <message>
        <source>Meeting room, address or video link</source>
        <translation>Salle, adresse ou lien de visio</translation>
    </message>
    <message>
        <source>Where they meet; a video link is clickable in calendars</source>
        <translation>Où ils se retrouvent ; un lien de visio est cliquable dans les agendas</translation>
    </message>
    <message>
        <source>Sessions to be planned</source>
        <translation>Séances à planifier</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <source>&amp;Go to Pairs</source>
        <translation>&amp;Aller aux binômes</translation>
    </message>
    <message>
        <source>Form the pairs first, in the Pairs view</source>
        <translation>Former d’abord les binômes, dans la vue Binômes</translation>
    </message>
    <message>
        <source>The programme's end ({date})</source>
        <translation>La fin du programme ({date})</translation>
    </message>
    <message>
        <source>The programme's end</source>
        <translation>La fin du programme</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>personal-data</source>
        <translation>données-personnelles</translation>
    </message>
    <message>
        <source>Cannot write into “{folder}”: {reason}</source>
        <translation>Impossible d’écrire dans « {folder} » : {reason}</translation>
    </message>
    <message>
        <source>Former participant #{number}</source>
        <translation>Ancien participant n° {number}</translation>
    </message>
    <message>
        <source>This person is already anonymised.</source>
        <translation>Cette personne est déjà anonymisée.</translation>
    </message>
    <message>
        <source>Type the person's name exactly as shown: {name}</source>
        <translation>Saisissez le nom de la personne exactement comme affiché : {name}</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Edit the programme</source>
        <translation>Modifier le programme</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>For example: Mentorat inversé 2027</source>
        <translation>Par exemple : Mentorat inversé 2027</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objectifs :</translation>
    </message>
    <message>
        <source>What the company expects from this programme</source>
        <translation>Ce que l’entreprise attend de ce programme</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>First day of the programme</source>
        <translation>Premier jour du programme</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>Last day of the programme</source>
        <translation>Dernier jour du programme</translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation>
            <numerusform>toutes les %n semaine</numerusform>
            <numerusform>toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Session &amp;rhythm:</source>
        <translation>&amp;Rythme des séances :</translation>
    </message>
    <message>
        <source>How often a pair meets; a pair is late after one and a half rhythms</source>
        <translation>La fréquence des rencontres ; un binôme est en retard après une fois et demie ce rythme</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Session &amp;length:</source>
        <translation>D&amp;urée d’une séance :</translation>
    </message>
    <message>
        <source>Split between the two directions of the pair</source>
        <translation>Partagée entre les deux sens du binôme</translation>
    </message>
    <message>
        <source>Mentees per &amp;mentor:</source>
        <translation>Mentorés par &amp;mentor :</translation>
    </message>
    <message>
        <source>The most mentees one mentor takes in this programme</source>
        <translation>Le nombre maximal de mentorés d’un mentor dans ce programme</translation>
    </message>
    <message>
        <source>A mid-point review</source>
        <translation>Un bilan à mi-parcours</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>&amp;Bilan :</translation>
    </message>
    <message>
        <source>Halfway through, each pair takes stock</source>
        <translation>À mi-parcours, chaque binôme fait le point</translation>
    </message>
    <message>
        <source>Document l&amp;anguage:</source>
        <translation>&amp;Langue des documents :</translation>
    </message>
    <message>
        <source>Charters, certificates and the report print in this language</source>
        <translation>Chartes, attestations et bilan s’impriment dans cette langue</translation>
    </message>
    <message>
        <source>Use the default text</source>
        <translation>Reprendre le texte par défaut</translation>
    </message>
    <message>
        <source>Replace the charter by the default template in the document language</source>
        <translation>Remplacer la charte par le modèle par défaut dans la langue des documents</translation>
    </message>
    <message>
        <source>&amp;Charter:</source>
        <translation>&amp;Charte :</translation>
    </message>
    <message>
        <source>The commitments each pair signs</source>
        <translation>Les engagements que signe chaque binôme</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Skill progress by category</source>
        <translation>Progression des compétences par catégorie</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>level 0–4</source>
        <translation>niveau 0–4</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Progress shows once both the start and the end assessments are recorded: use “Assessments…” above, or close the programme in “Pairs”.</source>
        <translation>La progression s’affiche une fois les évaluations de début et de fin saisies : utilisez « Évaluations… » ci-dessus, ou clôturez le programme dans « Binômes ».</translation>
    </message>
    <message>
        <source>{category}, {moment}: level {level}</source>
        <translation>{category}, {moment} : niveau {level}</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Why this pair</source>
        <translation>Pourquoi ce binôme</translation>
    </message>
</context>
<context>
    <name>RatingsChart</name>
    <message>
        <source>Ratings over time</source>
        <translation>Évolution des notes</translation>
    </message>
    <message>
        <source>By mentors</source>
        <translation>Par les mentors</translation>
    </message>
    <message>
        <source>By mentees</source>
        <translation>Par les mentorés</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Journals</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>No rating yet. Each side rates the session out of 5 in its journal; the averages show here month by month.</source>
        <translation>Pas encore de note. Chacun note la séance sur 5 dans son journal ; les moyennes s’affichent ici mois par mois.</translation>
    </message>
    <message>
        <source>{month}, {side}: {rating} / 5</source>
        <translation>{month}, {side} : {rating} / 5</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation><numerusform>%n personne</numerusform><numerusform>%n personnes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pairs</source>
        <translation><numerusform>%n binôme</numerusform><numerusform>%n binômes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation><numerusform>%n séance</numerusform><numerusform>%n séances</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n journals</source>
        <translation><numerusform>%n compte rendu</numerusform><numerusform>%n comptes rendus</numerusform></translation>
    </message>
    <message>
        <source>This backup is empty: it holds no people, pairs, sessions or journals.</source>
        <translation>Cette sauvegarde est vide : elle ne contient ni personnes, ni binômes, ni séances, ni comptes rendus.</translation>
    </message>
    <message>
        <source>This backup is older than the last recorded change ({date}): the work done after it is not in it.</source>
        <translation>Cette sauvegarde est plus ancienne que la dernière modification enregistrée ({date}) : le travail fait depuis n’y figure pas.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>The database “{path}” is damaged ({problem}). Choose a backup to put in its place; the damaged file is kept beside it, renamed, for an expert.</source>
        <translation>La base de données « {path} » est endommagée ({problem}). Choisissez une sauvegarde à mettre à sa place ; le fichier endommagé est conservé à côté, renommé, pour un spécialiste.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>The backups kept beside the database, newest first</source>
        <translation>Les sauvegardes conservées à côté de la base de données, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>There is no backup beside the database.</source>
        <translation>Il n’y a aucune sauvegarde à côté de la base de données.</translation>
    </message>
    <message>
        <source>&amp;Choose another backup file…</source>
        <translation>&amp;Choisir un autre fichier de sauvegarde…</translation>
    </message>
    <message>
        <source>A backup on a USB key or elsewhere</source>
        <translation>Une sauvegarde sur une clé USB ou ailleurs</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Put the chosen backup in place of the damaged file</source>
        <translation>Mettre la sauvegarde choisie à la place du fichier endommagé</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Leave everything as it is and close Mentorat</source>
        <translation>Tout laisser en l’état et fermer Mentorat</translation>
    </message>
    <message>
        <source>{when} — encrypted: asks for its password</source>
        <translation>{when} — chiffrée : demande son mot de passe</translation>
    </message>
    <message>
        <source>{when} — cannot be used: {problem}</source>
        <translation>{when} — inutilisable : {problem}</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>Sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>Mentorat backups (*.sqlite3 *.zip);;All files (*)</source>
        <translation>Sauvegardes Mentorat (*.sqlite3 *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Password of the backup</source>
        <translation>Mot de passe de la sauvegarde</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>pairs</source>
        <translation>binômes</translation>
    </message>
    <message>
        <source>sessions held</source>
        <translation>séances tenues</translation>
    </message>
    <message>
        <source>of mentoring</source>
        <translation>de mentorat</translation>
    </message>
    <message>
        <source>of planned sessions held</source>
        <translation>des séances prévues tenues</translation>
    </message>
    <message>
        <source>average rating, mentors / mentees (out of 5)</source>
        <translation>note moyenne, mentors / mentorés (sur 5)</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenues</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulées</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manquées</translation>
    </message>
    <message>
        <source>sessions per month</source>
        <translation>séances par mois</translation>
    </message>
    <message>
        <source>start of programme</source>
        <translation>début du programme</translation>
    </message>
    <message>
        <source>end of programme</source>
        <translation>fin du programme</translation>
    </message>
    <message>
        <source>average level (0 to 4)</source>
        <translation>niveau moyen (0 à 4)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>People assessed</source>
        <translation>Personnes évaluées</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Séances tenues</translation>
    </message>
    <message>
        <source>{participants}; {active}, {completed}, {stopped}.</source>
        <translation>{participants} ; {active}, {completed}, {stopped}.</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pairs active</source>
        <translation><numerusform>%n binôme actif</numerusform><numerusform>%n binômes actifs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation><numerusform>%n terminé</numerusform><numerusform>%n terminés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n stopped early</source>
        <translation><numerusform>%n arrêté avant terme</numerusform><numerusform>%n arrêtés avant terme</numerusform></translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>Bilan du programme</translation>
    </message>
    <message>
        <source>{programme} — from {start} to {end}</source>
        <translation>{programme} — du {start} au {end}</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Skill progress</source>
        <translation>Progression des compétences</translation>
    </message>
    <message>
        <source>No start and end assessments recorded yet.</source>
        <translation>Aucune évaluation de début et de fin n’est encore enregistrée.</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Paroles de participants</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>Programme report — {programme}</source>
        <translation>Bilan du programme — {programme}</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>not an SQLite database</source>
        <translation>pas une base de données SQLite</translation>
    </message>
    <message>
        <source>Cannot read “{path}”: {reason}</source>
        <translation>Impossible de lire « {path} » : {reason}</translation>
    </message>
    <message>
        <source>“{name}” is a ZIP file, but not a Mentorat backup.</source>
        <translation>« {name} » est un fichier ZIP, mais pas une sauvegarde Mentorat.</translation>
    </message>
    <message>
        <source>“{name}” is encrypted: enter its password.</source>
        <translation>« {name} » est chiffré : saisissez son mot de passe.</translation>
    </message>
    <message>
        <source>Wrong password for “{name}”.</source>
        <translation>Mot de passe incorrect pour « {name} ».</translation>
    </message>
    <message>
        <source>“{name}” is damaged: {reason}</source>
        <translation>« {name} » est endommagé : {reason}</translation>
    </message>
    <message>
        <source>“{name}” unpacks to more than {limit} MB, far more than any Mentorat database: it is not a Mentorat backup.</source>
        <translation>« {name} » se décompresse en plus de {limit} Mo, bien plus que toute base Mentorat : ce n’est pas une sauvegarde Mentorat.</translation>
    </message>
    <message>
        <source>“{name}” is not an intact Mentorat backup ({problem}).</source>
        <translation>« {name} » n’est pas une sauvegarde Mentorat intacte ({problem}).</translation>
    </message>
    <message>
        <source>“{name}” was made by a newer version of Mentorat (schema {revision}): install the latest version to restore it.</source>
        <translation>« {name} » a été créée par une version plus récente de Mentorat (schéma {revision}) : installez la dernière version pour la restaurer.</translation>
    </message>
    <message>
        <source>“{name}” is a database, but not a Mentorat one.</source>
        <translation>« {name} » est une base de données, mais pas une base Mentorat.</translation>
    </message>
    <message>
        <source>“{name}” is an empty database: nothing to restore.</source>
        <translation>« {name} » est une base de données vide : rien à restaurer.</translation>
    </message>
    <message>
        <source>“{name}” does not have the schema Mentorat builds ({problems}): it was not restored.</source>
        <translation>« {name} » n’a pas le schéma que construit Mentorat ({problems}) : elle n’a pas été restaurée.</translation>
    </message>
    <message>
        <source>There is no file at “{path}”.</source>
        <translation>Il n’y a pas de fichier à l’emplacement « {path} ».</translation>
    </message>
    <message>
        <source>The restore failed, nothing was replaced: {reason}</source>
        <translation>La restauration a échoué, rien n’a été remplacé : {reason}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replaces the current data with a backup. A copy of the current database is taken first, so a restore can itself be undone.</source>
        <translation>Remplace les données actuelles par une sauvegarde. Une copie de la base actuelle est faite avant, si bien qu’une restauration peut elle-même être annulée.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>The backups kept beside the database, newest first</source>
        <translation>Les sauvegardes conservées à côté de la base de données, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Autre fichier…</translation>
    </message>
    <message>
        <source>A backup on a USB key or elsewhere</source>
        <translation>Une sauvegarde sur une clé USB ou ailleurs</translation>
    </message>
    <message>
        <source>Password of the backup</source>
        <translation>Mot de passe de la sauvegarde</translation>
    </message>
    <message>
        <source>Only for an encrypted backup</source>
        <translation>Uniquement pour une sauvegarde chiffrée</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Taken:</source>
        <translation>Faite le :</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Contenu :</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Replace the current data with this backup</source>
        <translation>Remplacer les données actuelles par cette sauvegarde</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>before an anonymisation</source>
        <translation>avant une anonymisation</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à niveau</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>à la demande</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>Sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>Mentorat backups (*.sqlite3 *.zip);;All files (*)</source>
        <translation>Sauvegardes Mentorat (*.sqlite3 *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{people}, {pairs}, {sessions}</source>
        <translation>{people}, {pairs}, {sessions}</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pairs</source>
        <translation>
            <numerusform>%n binôme</numerusform>
            <numerusform>%n binômes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>(an older version: it will be upgraded)</source>
        <translation>(une version plus ancienne : elle sera mise à niveau)</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <source>The current data will be replaced by the backup of {date} ({holds}). A copy of the current database is taken first.</source>
        <translation>Les données actuelles seront remplacées par la sauvegarde du {date} ({holds}). Une copie de la base actuelle est faite avant.</translation>
    </message>
</context>
<context>
    <name>ReturnedFormsDialog</name>
    <message>
        <source>Import returned forms</source>
        <translation>Importer les formulaires retournés</translation>
    </message>
    <message>
        <source>Drop here the PDF forms the participants filled in and sent back (or a folder of them; a form attached to a message is saved to a folder first). Nothing changes until you apply them.</source>
        <translation>Déposez ici les formulaires PDF que les participants ont remplis et renvoyés (ou un dossier qui les contient ; un formulaire joint à un message est d’abord enregistré dans un dossier). Rien ne change tant que vous ne les appliquez pas.</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>Choisir des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Choose one or more returned PDF forms</source>
        <translation>Choisir un ou plusieurs formulaires PDF retournés</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>Choisir un d&amp;ossier…</translation>
    </message>
    <message>
        <source>Read every PDF form of a folder</source>
        <translation>Lire tous les formulaires PDF d’un dossier</translation>
    </message>
    <message>
        <source>&amp;Empty the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>Remove every file from the list</source>
        <translation>Retirer tous les fichiers de la liste</translation>
    </message>
    <message>
        <source>Returned forms and their values</source>
        <translation>Formulaires retournés et leurs valeurs</translation>
    </message>
    <message>
        <source>Tick the forms to apply; a form with a conflict is unticked until you tick it</source>
        <translation>Cochez les formulaires à appliquer ; un formulaire en conflit reste décoché tant que vous ne le cochez pas</translation>
    </message>
    <message>
        <source>No form yet.</source>
        <translation>Aucun formulaire pour l’instant.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Record the ticked forms, all in one step</source>
        <translation>Enregistrer les formulaires cochés, tous en une seule fois</translation>
    </message>
    <message>
        <source>Returned forms</source>
        <translation>Formulaires retournés</translation>
    </message>
    <message>
        <source>PDF forms (*.pdf);;All files (*)</source>
        <translation>Formulaires PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Folder of returned forms</source>
        <translation>Dossier des formulaires retournés</translation>
    </message>
    <message numerus="yes">
        <source>Outlook hands over one attachment per drop: %n more were left out. Drop them one by one, or save them in a folder and choose the folder.</source>
        <translation>
            <numerusform>Outlook ne transmet qu’une pièce jointe par dépôt : %n autre a été laissée de côté. Déposez-les une à une, ou enregistrez-les dans un dossier et choisissez ce dossier.</numerusform>
            <numerusform>Outlook ne transmet qu’une pièce jointe par dépôt : %n autres ont été laissées de côté. Déposez-les une à une, ou enregistrez-les dans un dossier et choisissez ce dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the forms…</source>
        <translation>Lecture des formulaires…</translation>
    </message>
    <message>
        <source>No PDF file in what was chosen.</source>
        <translation>Aucun fichier PDF dans ce qui a été choisi.</translation>
    </message>
    <message numerus="yes">
        <source>%n forms accepted,</source>
        <translation>
            <numerusform>%n formulaire accepté,</numerusform>
            <numerusform>%n formulaires acceptés,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused.</source>
        <translation>
            <numerusform>%n refusé.</numerusform>
            <numerusform>%n refusés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forms in conflict: tick one to let it replace what is recorded.</source>
        <translation>
            <numerusform>%n formulaire en conflit : cochez-le pour qu’il remplace ce qui est enregistré.</numerusform>
            <numerusform>%n formulaires en conflit : cochez-en un pour qu’il remplace ce qui est enregistré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forms applied,</source>
        <translation>
            <numerusform>%n formulaire appliqué,</numerusform>
            <numerusform>%n formulaires appliqués,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values recorded.</source>
        <translation>
            <numerusform>%n valeur enregistrée.</numerusform>
            <numerusform>%n valeurs enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n forms</source>
        <translation>
            <numerusform>&amp;Appliquer %n formulaire</numerusform>
            <numerusform>&amp;Appliquer %n formulaires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnedFormsModel</name>
    <message>
        <source>Form and values</source>
        <translation>Formulaire et valeurs</translation>
    </message>
    <message>
        <source>Recorded now</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <source>From the form</source>
        <translation>Selon le formulaire</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Skills questionnaire</source>
        <translation>Questionnaire de compétences</translation>
    </message>
    <message>
        <source>Session feedback</source>
        <translation>Retour de séance</translation>
    </message>
    <message>
        <source>End-of-programme assessment</source>
        <translation>Bilan de fin de programme</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>an unexpected trigger “{name}”</source>
        <translation>un déclencheur inattendu « {name} »</translation>
    </message>
    <message>
        <source>an unexpected view “{name}”</source>
        <translation>une vue inattendue « {name} »</translation>
    </message>
    <message>
        <source>the table “{table}” is missing</source>
        <translation>la table « {table} » manque</translation>
    </message>
    <message>
        <source>an unexpected table “{table}”</source>
        <translation>une table inattendue « {table} »</translation>
    </message>
    <message>
        <source>the indexes or keys of “{table}” differ</source>
        <translation>les index ou les clés de « {table} » diffèrent</translation>
    </message>
    <message>
        <source>the column “{table}.{column}” is missing</source>
        <translation>la colonne « {table}.{column} » manque</translation>
    </message>
    <message>
        <source>an unexpected column “{table}.{column}”</source>
        <translation>une colonne inattendue « {table}.{column} »</translation>
    </message>
    <message>
        <source>the column “{table}.{column}” is not of the expected type</source>
        <translation>la colonne « {table}.{column} » n’a pas le type attendu</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation><numerusform> ; et %n de plus</numerusform><numerusform> ; et %n de plus</numerusform></translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Mentorat {version} self-test ({where})</source>
        <translation>Autotest de Mentorat {version} ({where})</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Self-test FAILED: {names}</source>
        <translation>Autotest en ÉCHEC : {names}</translation>
    </message>
    <message numerus="yes">
        <source>Self-test passed: %n checks in {seconds} s</source>
        <translation><numerusform>Autotest réussi : %n vérification en {seconds} s</numerusform><numerusform>Autotest réussi : %n vérifications en {seconds} s</numerusform></translation>
    </message>
</context>
<context>
    <name>Seniority</name>
    <message>
        <source>less than a year</source>
        <translation>moins d’un an</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation><numerusform>%n an</numerusform><numerusform>%n ans</numerusform></translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>Enter the server's name or address.</source>
        <translation>Saisissez le nom ou l’adresse du serveur.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Un port est un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Enter the database's name.</source>
        <translation>Saisissez le nom de la base de données.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Saisissez le nom d’utilisateur.</translation>
    </message>
    <message>
        <source>The system keyring is not available, so the password cannot be saved safely: {reason}</source>
        <translation>Le trousseau du système n’est pas disponible : le mot de passe ne peut pas être enregistré en sécurité : {reason}</translation>
    </message>
    <message>
        <source>Connected, but the user “{user}” may not create or change Mentorat's tables in “{database}”. Ask the administrator to make them the database's owner.</source>
        <translation>Connexion réussie, mais l’utilisateur « {user} » ne peut pas créer ni modifier les tables de Mentorat dans « {database} ». Demandez à l’administrateur de le rendre propriétaire de la base.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}: everything is in order.</source>
        <translation>Connecté à PostgreSQL {version} : tout est en ordre.</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>Le serveur a refusé le nom d’utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The server has no database named “{database}”. Check the name.</source>
        <translation>Le serveur n’a pas de base nommée « {database} ». Vérifiez le nom.</translation>
    </message>
    <message>
        <source>Cannot reach the server {host}:{port}. Check its name, the port, and that this computer is on the company network.</source>
        <translation>Impossible de joindre le serveur {host}:{port}. Vérifiez son nom, le port, et que cet ordinateur est bien sur le réseau de l’entreprise.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Shared server</source>
        <translation>Serveur partagé</translation>
    </message>
    <message>
        <source>When two or three coordinators work on different computers, keep the data on the company's PostgreSQL server instead of a file. Your IT provider creates an empty database and a user for Mentorat; enter them here.</source>
        <translation>Quand deux ou trois coordinateurs travaillent sur des ordinateurs différents, conservez les données sur le serveur PostgreSQL de l’entreprise plutôt que dans un fichier. Votre prestataire informatique crée une base vide et un utilisateur pour Mentorat ; saisissez-les ici.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>Name or address of the PostgreSQL server</source>
        <translation>Nom ou adresse du serveur PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Usually 5432</source>
        <translation>Habituellement 5432</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>The database created for Mentorat</source>
        <translation>La base créée pour Mentorat</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>The user created for Mentorat</source>
        <translation>L’utilisateur créé pour Mentorat</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Kept in the system's keyring, never in a file</source>
        <translation>Conservé dans le trousseau du système, jamais dans un fichier</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connect now and check Mentorat's rights</source>
        <translation>Se connecter maintenant et vérifier les droits de Mentorat</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Use this ser&amp;ver</source>
        <translation>Utiliser ce ser&amp;veur</translation>
    </message>
    <message>
        <source>Open this server instead of the file from the next start</source>
        <translation>Ouvrir ce serveur au lieu du fichier à partir du prochain démarrage</translation>
    </message>
    <message>
        <source>Use the &amp;local file</source>
        <translation>Utiliser le fichier &amp;local</translation>
    </message>
    <message>
        <source>Go back to the database file on this computer</source>
        <translation>Revenir au fichier de base de données de cet ordinateur</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
</context>
<context>
    <name>SessionFilterBar</name>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Every session of the current week</source>
        <translation>Toutes les séances de la semaine en cours</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Planned sessions still to come</source>
        <translation>Séances planifiées encore à venir</translation>
    </message>
    <message>
        <source>To journal</source>
        <translation>À consigner</translation>
    </message>
    <message>
        <source>Held or past sessions whose journal is not written</source>
        <translation>Séances tenues ou passées dont le journal n’est pas écrit</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passées</translation>
    </message>
    <message>
        <source>Sessions already past, newest first</source>
        <translation>Séances passées, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Cancelled sessions, kept in history</source>
        <translation>Séances annulées, gardées dans l’historique</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Every session</source>
        <translation>Toutes les séances</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Only the sessions of one programme</source>
        <translation>Seulement les séances d’un programme</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <source>Only the sessions of one pair</source>
        <translation>Seulement les séances d’un binôme</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Only the sessions of one person (type to search)</source>
        <translation>Seulement les séances d’une personne (tapez pour chercher)</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All pairs</source>
        <translation>Tous les binômes</translation>
    </message>
</context>
<context>
    <name>SessionTreeModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Day and local time of the session</source>
        <translation>Jour et heure locale de la séance</translation>
    </message>
    <message>
        <source>Mentor and mentee</source>
        <translation>Mentor et mentoré</translation>
    </message>
    <message>
        <source>The pair's programme</source>
        <translation>Le programme du binôme</translation>
    </message>
    <message>
        <source>Room, address or video link</source>
        <translation>Salle, adresse ou lien de visio</translation>
    </message>
    <message>
        <source>Planned length in minutes</source>
        <translation>Durée prévue en minutes</translation>
    </message>
    <message>
        <source>Planned, held, cancelled or missed</source>
        <translation>Planifiée, tenue, annulée ou manquée</translation>
    </message>
    <message>
        <source>Whether the session's journal is written</source>
        <translation>Si le journal de la séance est écrit</translation>
    </message>
    <message>
        <source>Minutes on the agenda, against the session's length</source>
        <translation>Minutes à l’ordre du jour, par rapport à la durée de la séance</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquée</translation>
    </message>
    <message numerus="yes">
        <source>Week {week}, from {day}: %n sessions</source>
        <translation>
            <numerusform>Semaine {week}, à partir du {day} : %n séance</numerusform>
            <numerusform>Semaine {week}, à partir du {day} : %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>To write</source>
        <translation>À écrire</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>{planned}/{length} min</source>
        <translation>{planned}/{length} min</translation>
    </message>
    <message>
        <source>The session was more than a week ago and its journal is not written.</source>
        <translation>La séance date de plus d’une semaine et son journal n’est pas écrit.</translation>
    </message>
    <message>
        <source>The agenda is longer than the session.</source>
        <translation>L’ordre du jour est plus long que la séance.</translation>
    </message>
</context>
<context>
    <name>SessionWarning</name>
    <message>
        <source>{day} is a weekend day.</source>
        <translation>Le {day} tombe un week-end.</translation>
    </message>
    <message>
        <source>Public holiday: {name}.</source>
        <translation>Jour férié : {name}.</translation>
    </message>
    <message>
        <source>Outside the programme's dates.</source>
        <translation>En dehors des dates du programme.</translation>
    </message>
    <message>
        <source>Overlaps the session of {mentor} and {mentee} at {time}.</source>
        <translation>Chevauche la séance de {mentor} et {mentee} à {time}.</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>{mentor} and {mentee}</source>
        <translation>{mentor} et {mentee}</translation>
    </message>
    <message>
        <source>The pair was completed.</source>
        <translation>Le binôme est terminé.</translation>
    </message>
    <message>
        <source>The pair was stopped: {reason}</source>
        <translation>Le binôme a été arrêté : {reason}</translation>
    </message>
    <message>
        <source>The programme is closed.</source>
        <translation>Le programme est clôturé.</translation>
    </message>
</context>
<context>
    <name>SessionsChart</name>
    <message>
        <source>Sessions per month</source>
        <translation>Séances par mois</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenues</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquées</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>No session has taken place yet. Plan sessions in “Sessions”: held, cancelled and missed ones show here month by month.</source>
        <translation>Aucune séance n’a encore eu lieu. Planifiez des séances dans « Séances » : les séances tenues, annulées et manquées s’affichent ici mois par mois.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions held</source>
        <translation>
            <numerusform>%n séance tenue</numerusform>
            <numerusform>%n séances tenues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions cancelled</source>
        <translation>
            <numerusform>%n séance annulée</numerusform>
            <numerusform>%n séances annulées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions missed</source>
        <translation>
            <numerusform>%n séance manquée</numerusform>
            <numerusform>%n séances manquées</numerusform>
        </translation>
    </message>
    <message>
        <source>{month}: {sessions}</source>
        <translation>{month} : {sessions}</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>Sessions by week</source>
        <translation>Séances par semaine</translation>
    </message>
    <message>
        <source>Go to Pairs</source>
        <translation>Aller aux binômes</translation>
    </message>
    <message>
        <source>Create a programme and form its pairs</source>
        <translation>Créer un programme et former ses binômes</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Afficher la suite</translation>
    </message>
    <message>
        <source>Load the next sessions of this filter</source>
        <translation>Charger les séances suivantes de ce filtre</translation>
    </message>
    <message>
        <source>&amp;Plan sessions…</source>
        <translation>&amp;Planifier des séances…</translation>
    </message>
    <message>
        <source>Plan one session or a series for a pair</source>
        <translation>Planifier une séance ou une série pour un binôme</translation>
    </message>
    <message>
        <source>&amp;Agenda…</source>
        <translation>&amp;Ordre du jour…</translation>
    </message>
    <message>
        <source>Edit the agenda of the selected session</source>
        <translation>Modifier l’ordre du jour de la séance sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Journal…</source>
        <translation>&amp;Journal…</translation>
    </message>
    <message>
        <source>Write the journal of the selected session</source>
        <translation>Écrire le journal de la séance sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>Dépla&amp;cer…</translation>
    </message>
    <message>
        <source>Another day, time, length or place</source>
        <translation>Un autre jour, une autre heure, durée ou un autre lieu</translation>
    </message>
    <message>
        <source>Print the agenda, cancel a session, mark it missed, send or import feedback forms, or export sessions to a calendar</source>
        <translation>Imprimer l’ordre du jour, annuler une séance, la marquer manquée, envoyer ou importer des formulaires de retour, ou exporter des séances vers un agenda</translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation>A&amp;nnuler…</translation>
    </message>
    <message>
        <source>Cancel the session, with its reason</source>
        <translation>Annuler la séance, avec son motif</translation>
    </message>
    <message>
        <source>Feedback f&amp;orms…</source>
        <translation>&amp;Formulaires de retour…</translation>
    </message>
    <message>
        <source>Fillable PDF forms for both sides of this session, to send them</source>
        <translation>Formulaires PDF à remplir pour les deux membres du binôme de cette séance, à leur envoyer</translation>
    </message>
    <message>
        <source>&amp;Import returned forms…</source>
        <translation>Im&amp;porter les formulaires retournés…</translation>
    </message>
    <message>
        <source>Record the answers of the forms the participants sent back</source>
        <translation>Enregistrer les réponses des formulaires renvoyés par les participants</translation>
    </message>
    <message numerus="yes">
        <source>The first %n sessions of this filter</source>
        <translation>
            <numerusform>La première séance de ce filtre</numerusform>
            <numerusform>Les %n premières séances de ce filtre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>No session yet. Sessions are planned for a pair: create a programme and form its pairs in the Pairs view first, then plan their sessions here.</source>
        <translation>Aucune séance pour l’instant. Les séances se planifient pour un binôme : créez d’abord un programme et formez ses binômes dans la vue Binômes, puis planifiez leurs séances ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions saved in {path}. Open the file with Outlook, Google Calendar or Thunderbird; importing it again updates the same events.</source>
        <translation>
            <numerusform>%n séance enregistrée dans {path}. Ouvrez le fichier avec Outlook, Google Agenda ou Thunderbird ; l’importer de nouveau met à jour les mêmes événements.</numerusform>
            <numerusform>%n séances enregistrées dans {path}. Ouvrez le fichier avec Outlook, Google Agenda ou Thunderbird ; l’importer de nouveau met à jour les mêmes événements.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session did not take place</source>
        <translation>La séance n’a pas eu lieu</translation>
    </message>
    <message>
        <source>Plan the p&amp;rogramme…</source>
        <translation>Planifier le p&amp;rogramme…</translation>
    </message>
    <message>
        <source>Plan a series for every active pair that has no session to come, at once</source>
        <translation>Planifier d’un coup une série pour chaque binôme actif qui n’a aucune séance à venir</translation>
    </message>
    <message>
        <source>M&amp;ore</source>
        <translation>P&amp;lus</translation>
    </message>
    <message>
        <source>&amp;Print agenda…</source>
        <translation>&amp;Imprimer l’ordre du jour…</translation>
    </message>
    <message>
        <source>Preview and print this session's agenda, in Documents</source>
        <translation>Prévisualiser et imprimer l’ordre du jour de cette séance, dans Documents</translation>
    </message>
    <message>
        <source>Mark &amp;missed</source>
        <translation>Marquer &amp;manquée</translation>
    </message>
    <message>
        <source>&amp;Export to calendar</source>
        <translation>&amp;Exporter vers l’agenda</translation>
    </message>
    <message>
        <source>Save sessions as an .ics file for Outlook, Google Calendar or Thunderbird</source>
        <translation>Enregistrer des séances dans un fichier .ics pour Outlook, Google Agenda ou Thunderbird</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Cette séance</translation>
    </message>
    <message>
        <source>All sessions of this pair</source>
        <translation>Toutes les séances de ce binôme</translation>
    </message>
    <message>
        <source>Upcoming sessions of this programme</source>
        <translation>Les séances à venir de ce programme</translation>
    </message>
    <message>
        <source>Everything upcoming</source>
        <translation>Tout ce qui est à venir</translation>
    </message>
    <message>
        <source>Nothing to journal: every held session has its journal.</source>
        <translation>Rien à consigner : chaque séance tenue a son journal.</translation>
    </message>
    <message>
        <source>No cancelled session.</source>
        <translation>Aucune séance annulée.</translation>
    </message>
    <message>
        <source>No session planned here. Choose “Plan sessions…” to plan one or a whole series for a pair.</source>
        <translation>Aucune séance planifiée ici. Choisissez « Planifier des séances… » pour en planifier une, ou toute une série pour un binôme.</translation>
    </message>
    <message>
        <source>No session matches these filters. Choose “All” or another programme, pair or person; or “Plan sessions…” to plan some.</source>
        <translation>Aucune séance ne correspond à ces filtres. Choisissez « Toutes » ou un autre programme, binôme ou une autre personne ; ou « Planifier des séances… » pour en planifier.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Annuler la séance</translation>
    </message>
    <message>
        <source>Why is the session of {pair} cancelled?</source>
        <translation>Pourquoi la séance de {pair} est-elle annulée ?</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Exporter vers l’agenda</translation>
    </message>
    <message>
        <source>mentoring-sessions.ics</source>
        <translation>seances-mentorat.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Organisation settings</source>
        <translation>Paramètres de l’organisation</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>Nom de l’&amp;entreprise :</translation>
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
        <translation>Langue de l’application (après redémarrage) et des nouveaux documents</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire :</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
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
        <translation>Utilisée lors de la planification d’une nouvelle séance</translation>
    </message>
    <message>
        <source>Keep archived people's data &amp;for:</source>
        <translation>Conserver les données des personnes archivées &amp;pendant :</translation>
    </message>
    <message>
        <source>After this, the dashboard reminds you to anonymise people archived earlier</source>
        <translation>Passé ce délai, le tableau de bord vous rappelle d’anonymiser les personnes archivées avant</translation>
    </message>
    <message>
        <source>Use a shared server…</source>
        <translation>Utiliser un serveur partagé…</translation>
    </message>
    <message>
        <source>Where the &amp;data lives:</source>
        <translation>Emplacement des &amp;données :</translation>
    </message>
    <message>
        <source>Keep the data on the company's PostgreSQL server instead of a file</source>
        <translation>Conserver les données sur le serveur PostgreSQL de l’entreprise plutôt que dans un fichier</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>Co&amp;urriel</translation>
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
        <translation>Ce fichier n’est pas une image que Mentorat sait lire.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
</context>
<context>
    <name>SkillCatalogueModel</name>
    <message>
        <source>Category / skill</source>
        <translation>Catégorie / compétence</translation>
    </message>
    <message>
        <source>Can teach</source>
        <translation>Peuvent enseigner</translation>
    </message>
    <message>
        <source>Want to learn</source>
        <translation>Veulent apprendre</translation>
    </message>
    <message>
        <source>Unmet demand</source>
        <translation>Demande non couverte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Skills grouped by category</source>
        <translation>Les compétences par catégorie</translation>
    </message>
    <message>
        <source>Active people who can teach the skill</source>
        <translation>Personnes actives qui peuvent enseigner la compétence</translation>
    </message>
    <message>
        <source>Active people who want to learn the skill</source>
        <translation>Personnes actives qui veulent apprendre la compétence</translation>
    </message>
    <message>
        <source>Learners beyond the number of teachers</source>
        <translation>Apprenants au-delà du nombre de personnes qui enseignent</translation>
    </message>
    <message>
        <source>Active or archived</source>
        <translation>Active ou archivée</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n skills)</source>
        <translation>
            <numerusform>{name} (%n compétence)</numerusform>
            <numerusform>{name} (%n compétences)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No teacher for %n</source>
        <translation>
            <numerusform>Personne pour enseigner à %n personne</numerusform>
            <numerusform>Personne pour enseigner à %n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n short</source>
        <translation>
            <numerusform>%n manquant</numerusform>
            <numerusform>%n manquants</numerusform>
        </translation>
    </message>
    <message>
        <source>{learners} and {teachers}</source>
        <translation>{learners} et {teachers}</translation>
    </message>
    <message numerus="yes">
        <source>%n people want to learn {skill}</source>
        <translation>
            <numerusform>%n personne veut apprendre « {skill} »</numerusform>
            <numerusform>%n personnes veulent apprendre « {skill} »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can teach it.</source>
        <translation>
            <numerusform>%n peut l’enseigner.</numerusform>
            <numerusform>%n peuvent l’enseigner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
</context>
<context>
    <name>SkillMatrixModel</name>
    <message>
        <source>{person} — {skill}: level {level}</source>
        <translation>{person} — {skill} : niveau {level}</translation>
    </message>
    <message>
        <source>can teach it</source>
        <translation>peut l’enseigner</translation>
    </message>
    <message>
        <source>wants to learn it</source>
        <translation>veut l’apprendre</translation>
    </message>
</context>
<context>
    <name>SkillsView</name>
    <message>
        <source>Skills views</source>
        <translation>Vues des compétences</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrice</translation>
    </message>
    <message>
        <source>Skills by category, with supply and demand</source>
        <translation>Les compétences par catégorie, avec l’offre et la demande</translation>
    </message>
    <message>
        <source>Each person's level in each skill</source>
        <translation>Le niveau de chaque personne dans chaque compétence</translation>
    </message>
    <message>
        <source>New &amp;category…</source>
        <translation>Nouvelle &amp;catégorie…</translation>
    </message>
    <message>
        <source>Add a category of skills</source>
        <translation>Ajouter une catégorie de compétences</translation>
    </message>
    <message>
        <source>New &amp;skill…</source>
        <translation>Nouvelle compé&amp;tence…</translation>
    </message>
    <message>
        <source>Add a skill to the selected category</source>
        <translation>Ajouter une compétence à la catégorie sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Rename the selected skill or category</source>
        <translation>Renommer la compétence ou la catégorie sélectionnée</translation>
    </message>
    <message>
        <source>M&amp;ove…</source>
        <translation>Dé&amp;placer…</translation>
    </message>
    <message>
        <source>Move the selected skill to another category, or a category up or down</source>
        <translation>Déplacer la compétence sélectionnée dans une autre catégorie, ou une catégorie vers le haut ou le bas</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Archi&amp;ver</translation>
    </message>
    <message>
        <source>Archive or unarchive the selected skill or category; levels are kept</source>
        <translation>Archiver ou désarchiver la compétence ou la catégorie sélectionnée ; les niveaux sont conservés</translation>
    </message>
    <message>
        <source>Ca&amp;talogue</source>
        <translation>Catal&amp;ogue</translation>
    </message>
    <message>
        <source>Show arch&amp;ived</source>
        <translation>Afficher les arc&amp;hivées</translation>
    </message>
    <message>
        <source>Show archived skills and categories too</source>
        <translation>Afficher aussi les compétences et catégories archivées</translation>
    </message>
    <message>
        <source>Skills catalogue</source>
        <translation>Catalogue des compétences</translation>
    </message>
    <message>
        <source>Unmet demand is marked with a warning sign</source>
        <translation>La demande non couverte est signalée par un panneau d’avertissement</translation>
    </message>
    <message>
        <source>No skill yet. Choose “New category…” to start a group of skills (for example Digital tools or Business know-how), then “New skill…” to add its skills. Importing the staff list also brings the skills its columns name.</source>
        <translation>Aucune compétence pour l’instant. Choisissez « Nouvelle catégorie… » pour commencer un groupe de compétences (par exemple Outils numériques ou Savoir-faire métier), puis « Nouvelle compétence… » pour y ajouter ses compétences. Importer la liste du personnel apporte aussi les compétences que nomment ses colonnes.</translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation>Filtre par service</translation>
    </message>
    <message>
        <source>Show the people of one department</source>
        <translation>Afficher les personnes d’un seul service</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtre par catégorie</translation>
    </message>
    <message>
        <source>Show the skills of one category</source>
        <translation>Afficher les compétences d’une seule catégorie</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>Catégor&amp;ie :</translation>
    </message>
    <message>
        <source>Skills matrix</source>
        <translation>Matrice des compétences</translation>
    </message>
    <message>
        <source>Hover a cell for the person, skill and level</source>
        <translation>Survolez une cellule pour voir la personne, la compétence et le niveau</translation>
    </message>
    <message>
        <source>The matrix shows each person’s level in each skill. It fills in once the catalogue has skills and the Staff view has people.</source>
        <translation>La matrice montre le niveau de chaque personne dans chaque compétence. Elle se remplit dès que le catalogue a des compétences et la vue Personnel des personnes.</translation>
    </message>
    <message>
        <source>Open the catalogue</source>
        <translation>Ouvrir le catalogue</translation>
    </message>
    <message>
        <source>Create the categories and skills</source>
        <translation>Créer les catégories et les compétences</translation>
    </message>
    <message>
        <source>Each cell: the level from 0 (none) to 4 (expert), darker as it rises; {teach} = can teach, {learn} = wants to learn. Keyboard: 0–4 set the level, {teach} and {learn} switch the marks.</source>
        <translation>Chaque cellule : le niveau de 0 (aucun) à 4 (expert), plus foncé quand il monte ; {teach} = peut enseigner, {learn} = veut apprendre. Clavier : 0 à 4 fixent le niveau, {teach} et {learn} ajoutent ou retirent les marques.</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Désarchi&amp;ver</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>Name of the category:</source>
        <translation>Nom de la catégorie :</translation>
    </message>
    <message>
        <source>New skill</source>
        <translation>Nouvelle compétence</translation>
    </message>
    <message>
        <source>Name of the skill:</source>
        <translation>Nom de la compétence :</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Vers le haut</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Vers le bas</translation>
    </message>
    <message>
        <source>Move the category</source>
        <translation>Déplacer la catégorie</translation>
    </message>
    <message>
        <source>Move “{name}”:</source>
        <translation>Déplacer « {name} » :</translation>
    </message>
    <message>
        <source>Move the skill</source>
        <translation>Déplacer la compétence</translation>
    </message>
    <message>
        <source>There is no other category.</source>
        <translation>Il n’y a pas d’autre catégorie.</translation>
    </message>
    <message>
        <source>Move “{name}” to the category:</source>
        <translation>Déplacer « {name} » dans la catégorie :</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>Can teach</source>
        <translation>Peut enseigner</translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation>Veut apprendre</translation>
    </message>
    <message>
        <source>Active pairs</source>
        <translation>Binômes en cours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>The person's department</source>
        <translation>Le service de la personne</translation>
    </message>
    <message>
        <source>The person's job title</source>
        <translation>Le poste de la personne</translation>
    </message>
    <message>
        <source>Generation band, from the birth year</source>
        <translation>La génération, d’après l’année de naissance</translation>
    </message>
    <message>
        <source>Years since the hire date</source>
        <translation>Années depuis la date d’entrée</translation>
    </message>
    <message>
        <source>Skills the person can teach</source>
        <translation>Compétences que la personne peut enseigner</translation>
    </message>
    <message>
        <source>Skills the person wants to learn</source>
        <translation>Compétences que la personne veut apprendre</translation>
    </message>
    <message>
        <source>Pairs in progress, as mentor or mentee</source>
        <translation>Binômes en cours, comme mentor ou mentoré·e</translation>
    </message>
    <message>
        <source>Active or archived</source>
        <translation>En poste ou fiche archivée</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Fiche archivée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En poste</translation>
    </message>
    <message>
        <source>Born in {year}</source>
        <translation>Né·e en {year}</translation>
    </message>
    <message>
        <source>Hired on {date}</source>
        <translation>Entré·e le {date}</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nouvelle personne</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation>Ajouter une personne (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import staff from a CSV or Excel file</source>
        <translation>Importer le personnel depuis un fichier CSV ou Excel</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the staff list and the skills matrix as Excel or CSV</source>
        <translation>Enregistrer la liste du personnel et la matrice des compétences en Excel ou en CSV</translation>
    </message>
    <message>
        <source>Search name, email, department, job, skill…</source>
        <translation>Chercher un nom, un courriel, un service, un poste, une compétence…</translation>
    </message>
    <message>
        <source>Search staff</source>
        <translation>Chercher dans le personnel</translation>
    </message>
    <message>
        <source>Ignores case and accents (Ctrl+F)</source>
        <translation>Sans tenir compte des majuscules ni des accents (Ctrl+F)</translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation>Filtre par service</translation>
    </message>
    <message>
        <source>Show one department only</source>
        <translation>N’afficher qu’un service</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>Active, archived or everyone</source>
        <translation>En poste, fiches archivées ou tout le monde</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En poste</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Fiches archivées</translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation>En poste et fiches archivées</translation>
    </message>
    <message>
        <source>Can teach filter</source>
        <translation>Filtre « peut enseigner »</translation>
    </message>
    <message>
        <source>Only people who can teach this skill</source>
        <translation>Seulement les personnes qui peuvent enseigner cette compétence</translation>
    </message>
    <message>
        <source>Wants to learn filter</source>
        <translation>Filtre « veut apprendre »</translation>
    </message>
    <message>
        <source>Only people who want to learn this skill</source>
        <translation>Seulement les personnes qui veulent apprendre cette compétence</translation>
    </message>
    <message>
        <source>Number of people shown</source>
        <translation>Nombre de personnes affichées</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>No one here yet. Add the people of the company one by one, import the staff list you keep in Excel (CSV or XLSX), or try the app with a fictitious company.</source>
        <translation>Personne pour l’instant. Ajoutez les personnes de l’entreprise une à une, importez la liste du personnel que vous tenez dans Excel (CSV ou XLSX), ou essayez l’application avec une entreprise fictive.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Import from a file</source>
        <translation>Importer depuis un fichier</translation>
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
        <source>All departments</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>Can teach: any</source>
        <translation>Peut enseigner : tout</translation>
    </message>
    <message>
        <source>Wants to learn: any</source>
        <translation>Veut apprendre : tout</translation>
    </message>
    <message numerus="yes">
        <source>Archive {name}? Their %n ongoing pairs (with {partners}) will be stopped, with “archived” as the reason. Their history stays.</source>
        <translation>
            <numerusform>Archiver {name} ? Son binôme en cours (avec {partners}) sera arrêté, avec « archivé » comme motif. Son historique reste.</numerusform>
            <numerusform>Archiver {name} ? Ses %n binômes en cours (avec {partners}) seront arrêtés, avec « archivé » comme motif. Son historique reste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n people to {name}</source>
        <translation>
            <numerusform>%n personne enregistrée dans {name}</numerusform>
            <numerusform>%n personnes enregistrées dans {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Can teach: {skill}</source>
        <translation>Peut enseigner : {skill}</translation>
    </message>
    <message>
        <source>Wants to learn: {skill}</source>
        <translation>Veut apprendre : {skill}</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
    <message>
        <source>Archive {name}? They have no ongoing pair. They leave the lists; their history stays, and you can unarchive them later.</source>
        <translation>Archiver {name} ? Cette personne n’a aucun binôme en cours. Elle quitte les listes ; son historique reste, et vous pourrez la désarchiver plus tard.</translation>
    </message>
    <message>
        <source>Archive a person</source>
        <translation>Archiver une personne</translation>
    </message>
    <message>
        <source>Export the staff</source>
        <translation>Exporter le personnel</translation>
    </message>
    <message>
        <source>staff.xlsx</source>
        <translation>personnel.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook: staff and matrix (*.xlsx)</source>
        <translation>Classeur Excel : personnel et matrice (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV: staff list (*.csv)</source>
        <translation>CSV : liste du personnel (*.csv)</translation>
    </message>
    <message>
        <source>CSV: skills matrix (*.csv)</source>
        <translation>CSV : matrice des compétences (*.csv)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Mentorat cannot open its database</source>
        <translation>Mentorat ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <source>Mentorat</source>
        <translation>Mentorat</translation>
    </message>
    <message>
        <source>The backup taken at closing failed: {reason}</source>
        <translation>La sauvegarde prise à la fermeture a échoué : {reason}</translation>
    </message>
    <message>
        <source>A Mentorat command is still writing to this database. Wait until it has finished, then start Mentorat again.</source>
        <translation>Une commande Mentorat écrit encore dans cette base de données. Attendez qu’elle ait fini, puis relancez Mentorat.</translation>
    </message>
    <message>
        <source>Mentorat is already open on this database on this computer (process {pid}). Switch to its window instead of opening it twice.</source>
        <translation>Mentorat est déjà ouvert sur cette base de données sur cet ordinateur (processus {pid}). Passez à sa fenêtre plutôt que de l’ouvrir deux fois.</translation>
    </message>
    <message>
        <source>Mentorat seems to be open on this database on the computer “{computer}”. Opening it on two computers at once can damage the data.

Open it here anyway only if Mentorat is closed there (for instance after that computer crashed).</source>
        <translation>Mentorat semble ouvert sur cette base de données sur l’ordinateur « {computer} ». L’ouvrir sur deux ordinateurs à la fois peut endommager les données.

Ne l’ouvrez ici malgré tout que si Mentorat est fermé là-bas (par exemple après une panne de cet ordinateur).</translation>
    </message>
    <message>
        <source>The backup of {date} is restored. The damaged file was kept as “{path}”.</source>
        <translation>La sauvegarde du {date} est restaurée. Le fichier endommagé a été conservé sous « {path} ».</translation>
    </message>
    <message>
        <source>The database “{path}” is on a network share. SQLite files on a share can be damaged when the network drops or two computers write at once. Mentorat works more safely there, but for several coordinators use a shared server instead: File › Shared server….</source>
        <translation>La base de données « {path} » se trouve sur un partage réseau. Un fichier SQLite sur un partage peut être endommagé si le réseau se coupe ou si deux ordinateurs écrivent en même temps. Mentorat y travaille avec plus de précautions, mais pour plusieurs coordinateurs, utilisez plutôt un serveur partagé : Fichier › Serveur partagé….</translation>
    </message>
</context>
<context>
    <name>Subjects</name>
    <message>
        <source>No programme named “{name}”.</source>
        <translation>Aucun programme ne s’appelle « {name} ».</translation>
    </message>
    <message>
        <source>Nobody named “{name}”.</source>
        <translation>Personne ne s’appelle « {name} ».</translation>
    </message>
    <message>
        <source>Several people are named “{name}”: give their email or id.</source>
        <translation>Plusieurs personnes s’appellent « {name} » : indiquez leur courriel ou leur numéro.</translation>
    </message>
</context>
<context>
    <name>TodoList</name>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Opens the pair in Pairs</source>
        <translation>Ouvre le binôme dans Binômes</translation>
    </message>
    <message>
        <source>Opens the session in Sessions</source>
        <translation>Ouvre la séance dans Séances</translation>
    </message>
    <message>
        <source>Opens the skill in Skills</source>
        <translation>Ouvre la compétence dans Compétences</translation>
    </message>
    <message>
        <source>Opens the certificates in Documents</source>
        <translation>Ouvre les attestations dans Documents</translation>
    </message>
    <message>
        <source>Opens the end-of-programme assessment</source>
        <translation>Ouvre l’évaluation de fin de programme</translation>
    </message>
    <message>
        <source>Nothing to do: every pair meets, every journal is written.</source>
        <translation>Rien à faire : chaque binôme se voit, chaque journal est rédigé.</translation>
    </message>
    <message>
        <source>Nothing to do yet.</source>
        <translation>Rien à faire pour l’instant.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>The source and the destination are the same database.</source>
        <translation>La source et la destination sont la même base.</translation>
    </message>
    <message>
        <source>The destination already holds data ({tables}): Mentorat only copies into an empty database, so that nothing is overwritten.</source>
        <translation>La destination contient déjà des données ({tables}) : Mentorat ne copie que dans une base vide, pour ne rien écraser.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Copy the data to another database</source>
        <translation>Copier les données vers une autre base</translation>
    </message>
    <message>
        <source>Copies everything (people, skills, programmes, pairs, sessions, journals, certificates) into an empty database: a new file, or the shared server. The current database is not changed.</source>
        <translation>Copie tout (personnes, compétences, programmes, binômes, séances, comptes rendus, attestations) dans une base vide : un nouveau fichier ou le serveur partagé. La base actuelle n’est pas modifiée.</translation>
    </message>
    <message>
        <source>A new file, or postgresql+psycopg://…</source>
        <translation>Un nouveau fichier, ou postgresql+psycopg://…</translation>
    </message>
    <message>
        <source>Path of a new file, or the URL of an empty database</source>
        <translation>Chemin d’un nouveau fichier, ou URL d’une base vide</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose a new database file</source>
        <translation>Choisir un nouveau fichier de base de données</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy and then compare every table</source>
        <translation>Copier, puis comparer chaque table</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>Nouveau fichier de base de données</translation>
    </message>
    <message>
        <source>Mentorat database (*.sqlite3)</source>
        <translation>Base Mentorat (*.sqlite3)</translation>
    </message>
    <message>
        <source>Choose where to copy the data.</source>
        <translation>Choisissez où copier les données.</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Copie en cours…</translation>
    </message>
    <message>
        <source>Copying {table}…</source>
        <translation>Copie de {table}…</translation>
    </message>
    <message>
        <source>Comparing the copy with the source…</source>
        <translation>Comparaison de la copie avec la source…</translation>
    </message>
    <message numerus="yes">
        <source>✔ %n rows copied and checked: the copy is identical.</source>
        <translation>
            <numerusform>✔ %n ligne copiée et vérifiée : la copie est identique.</numerusform>
            <numerusform>✔ %n lignes copiées et vérifiées : la copie est identique.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy differs from the source ({tables}): do not use it.</source>
        <translation>La copie diffère de la source ({tables}) : ne l’utilisez pas.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>last change</source>
        <translation>dernière modification</translation>
    </message>
    <message>
        <source>“{label}” can no longer be undone: someone else has changed it meanwhile.</source>
        <translation>« {label} » ne peut plus être annulé : quelqu’un d’autre l’a modifié entre-temps.</translation>
    </message>
    <message>
        <source>{mentor} and {mentee}</source>
        <translation>{mentor} et {mentee}</translation>
    </message>
    <message>
        <source>new person {name}</source>
        <translation>ajout de {name}</translation>
    </message>
    <message>
        <source>changes to {name}</source>
        <translation>modification de {name}</translation>
    </message>
    <message>
        <source>archiving of {name}</source>
        <translation>archivage de {name}</translation>
    </message>
    <message>
        <source>restoring of {name}</source>
        <translation>désarchivage de {name}</translation>
    </message>
    <message>
        <source>deletion of {name}</source>
        <translation>suppression de {name}</translation>
    </message>
    <message>
        <source>staff import</source>
        <translation>import du personnel</translation>
    </message>
    <message>
        <source>new department {department}</source>
        <translation>nouveau service {department}</translation>
    </message>
    <message>
        <source>level of {skill} for {name}</source>
        <translation>niveau de {skill} pour {name}</translation>
    </message>
    <message>
        <source>removal of {skill} for {name}</source>
        <translation>retrait de {skill} pour {name}</translation>
    </message>
    <message>
        <source>new category {category}</source>
        <translation>nouvelle catégorie {category}</translation>
    </message>
    <message>
        <source>new skill {skill}</source>
        <translation>nouvelle compétence {skill}</translation>
    </message>
    <message>
        <source>name of the skill {skill}</source>
        <translation>nom de la compétence {skill}</translation>
    </message>
    <message>
        <source>category of the skill {skill}</source>
        <translation>catégorie de la compétence {skill}</translation>
    </message>
    <message>
        <source>name of the category {category}</source>
        <translation>nom de la catégorie {category}</translation>
    </message>
    <message>
        <source>order of the categories</source>
        <translation>ordre des catégories</translation>
    </message>
    <message>
        <source>archiving of skill {skill}</source>
        <translation>archivage de la compétence {skill}</translation>
    </message>
    <message>
        <source>restoring of skill {skill}</source>
        <translation>désarchivage de la compétence {skill}</translation>
    </message>
    <message>
        <source>archiving of category {category}</source>
        <translation>archivage de la catégorie {category}</translation>
    </message>
    <message>
        <source>restoring of category {category}</source>
        <translation>désarchivage de la catégorie {category}</translation>
    </message>
    <message>
        <source>new programme {programme}</source>
        <translation>nouveau programme {programme}</translation>
    </message>
    <message>
        <source>programme {programme}</source>
        <translation>programme {programme}</translation>
    </message>
    <message>
        <source>start of {programme}</source>
        <translation>démarrage de {programme}</translation>
    </message>
    <message>
        <source>closing of {programme}</source>
        <translation>clôture de {programme}</translation>
    </message>
    <message>
        <source>archiving of programme {programme}</source>
        <translation>archivage du programme {programme}</translation>
    </message>
    <message>
        <source>participants of {programme}</source>
        <translation>participants de {programme}</translation>
    </message>
    <message>
        <source>assessments of {programme}</source>
        <translation>évaluations de {programme}</translation>
    </message>
    <message>
        <source>new pair {pair}</source>
        <translation>nouveau binôme {pair}</translation>
    </message>
    <message>
        <source>pair {pair}</source>
        <translation>binôme {pair}</translation>
    </message>
    <message>
        <source>status of the pair {pair}</source>
        <translation>statut du binôme {pair}</translation>
    </message>
    <message>
        <source>removal of the pair {pair}</source>
        <translation>retrait du binôme {pair}</translation>
    </message>
    <message>
        <source>suggested pairs accepted</source>
        <translation>binômes proposés acceptés</translation>
    </message>
    <message>
        <source>sessions planned for {pair}</source>
        <translation>séances planifiées pour {pair}</translation>
    </message>
    <message>
        <source>date and place of a session of {pair}</source>
        <translation>date et lieu d’une séance de {pair}</translation>
    </message>
    <message>
        <source>status of a session of {pair}</source>
        <translation>statut d’une séance de {pair}</translation>
    </message>
    <message>
        <source>journal of a session of {pair}</source>
        <translation>compte rendu d’une séance de {pair}</translation>
    </message>
    <message>
        <source>agenda of a session of {pair}</source>
        <translation>ordre du jour d’une séance de {pair}</translation>
    </message>
    <message>
        <source>preparation notes of a session of {pair}</source>
        <translation>préparation d’une séance de {pair}</translation>
    </message>
    <message>
        <source>action item ticked</source>
        <translation>action cochée</translation>
    </message>
    <message>
        <source>action item unticked</source>
        <translation>action décochée</translation>
    </message>
    <message>
        <source>import of returned forms</source>
        <translation>import de formulaires retournés</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Another person already has this email address.</source>
        <translation>Une autre personne a déjà ce courriel.</translation>
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
        <translation>L’année de naissance est hors limites.</translation>
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
        <translation>Ceci fait référence à un élément qui n’existe plus.</translation>
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
        <source>A name cannot hold control characters (tab, line break…).</source>
        <translation>Un nom ne peut pas contenir de caractères de contrôle (tabulation, saut de ligne…).</translation>
    </message>
    <message>
        <source>A name has 120 characters at most.</source>
        <translation>Un nom compte 120 caractères au plus.</translation>
    </message>
    <message>
        <source>“{email}” is not an email address.</source>
        <translation>« {email} » n’est pas un courriel valide.</translation>
    </message>
    <message>
        <source>A job title has 300 characters at most.</source>
        <translation>Un intitulé de poste fait au plus 300 caractères.</translation>
    </message>
    <message>
        <source>The birth year must be between {first} and {last}.</source>
        <translation>L’année de naissance doit être comprise entre {first} et {last}.</translation>
    </message>
    <message>
        <source>The hire date cannot be in the future.</source>
        <translation>La date d’entrée ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The chosen manager no longer exists.</source>
        <translation>Le responsable choisi n’existe plus.</translation>
    </message>
    <message>
        <source>The chosen department no longer exists.</source>
        <translation>Le service choisi n’existe plus.</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Cette personne n’existe plus.</translation>
    </message>
    <message>
        <source>{name} was archived.</source>
        <translation>Fiche archivée : {name}.</translation>
    </message>
    <message>
        <source>This person appears in programmes or pairs: archive them instead.</source>
        <translation>Cette personne figure dans des programmes ou des binômes : archivez-la plutôt.</translation>
    </message>
    <message>
        <source>Enter the department's name.</source>
        <translation>Saisissez le nom du service.</translation>
    </message>
    <message>
        <source>Enter the programme's name.</source>
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
    <message numerus="yes">
        <source>A mentor already has %n mentees in this programme.</source>
        <translation><numerusform>Un mentor a déjà %n mentoré dans ce programme.</numerusform><numerusform>Un mentor a déjà %n mentorés dans ce programme.</numerusform></translation>
    </message>
    <message>
        <source>Only a draft programme can be started.</source>
        <translation>Seul un programme en brouillon peut démarrer.</translation>
    </message>
    <message>
        <source>Say how to end the pairs still going before closing the programme: {pairs}</source>
        <translation>Indiquez comment terminer les binômes encore en cours avant de clôturer le programme : {pairs}</translation>
    </message>
    <message>
        <source>Pairs end completed or stopped.</source>
        <translation>Choisissez « terminé » ou « arrêté ».</translation>
    </message>
    <message>
        <source>The pairs end between the programme's start and today.</source>
        <translation>Les binômes se terminent entre le début du programme et aujourd’hui.</translation>
    </message>
    <message>
        <source>The programme closed before the pair started.</source>
        <translation>Le programme a été clôturé avant que le binôme ne commence.</translation>
    </message>
    <message>
        <source>Only a running programme can be closed.</source>
        <translation>Seul un programme en cours peut être clôturé.</translation>
    </message>
    <message>
        <source>This programme no longer exists.</source>
        <translation>Ce programme n’existe plus.</translation>
    </message>
    <message>
        <source>{name} is archived and cannot join a pair.</source>
        <translation>Fiche archivée : {name} ne peut pas rejoindre un binôme.</translation>
    </message>
    <message numerus="yes">
        <source>{name} already mentors %n people, the most this programme allows.</source>
        <translation><numerusform>{name} accompagne déjà %n personne, le maximum de ce programme.</numerusform><numerusform>{name} accompagne déjà %n personnes, le maximum de ce programme.</numerusform></translation>
    </message>
    <message>
        <source>This programme is closed: no new pairs.</source>
        <translation>Ce programme est clôturé : plus de nouveaux binômes.</translation>
    </message>
    <message>
        <source>{a} and {b} are manager and direct report: not in one pair.</source>
        <translation>{a} et {b} sont responsable et collaborateur direct : pas dans le même binôme.</translation>
    </message>
    <message>
        <source>{name} does not take part in this programme.</source>
        <translation>{name} ne participe pas à ce programme.</translation>
    </message>
    <message>
        <source>{a} and {b} already form a pair in this programme.</source>
        <translation>{a} et {b} forment déjà un binôme dans ce programme.</translation>
    </message>
    <message>
        <source>{a} and {b} were a pair in the previous programme: choose someone new.</source>
        <translation>{a} et {b} formaient un binôme lors du programme précédent : choisissez quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>{name} is already the mentee of a pair in this programme.</source>
        <translation>{name} a déjà un mentor dans un binôme de ce programme.</translation>
    </message>
    <message>
        <source>{a} and {b} may not form a pair.</source>
        <translation>{a} et {b} ne peuvent pas former un binôme.</translation>
    </message>
    <message numerus="yes">
        <source>The goals are too long: at most %n characters (about three pages).</source>
        <translation><numerusform>Les objectifs sont trop longs : %n caractère au plus (environ trois pages).</numerusform><numerusform>Les objectifs sont trop longs : %n caractères au plus (environ trois pages).</numerusform></translation>
    </message>
    <message>
        <source>This pair no longer exists.</source>
        <translation>Ce binôme n’existe plus.</translation>
    </message>
    <message>
        <source>This pair cannot change to that status.</source>
        <translation>Ce binôme ne peut pas passer à ce statut.</translation>
    </message>
    <message>
        <source>Say why the pair stops.</source>
        <translation>Indiquez pourquoi le binôme s’arrête.</translation>
    </message>
    <message>
        <source>The company name is too long (200 at most).</source>
        <translation>Le nom de l’entreprise est trop long (200 caractères au plus).</translation>
    </message>
    <message>
        <source>Choose French or English.</source>
        <translation>Choisissez le français ou l’anglais.</translation>
    </message>
    <message>
        <source>“{zone}” is not a known time zone.</source>
        <translation>« {zone} » n’est pas un fuseau horaire connu.</translation>
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
        <translation>La catégorie choisie n’existe plus.</translation>
    </message>
    <message>
        <source>This skill no longer exists.</source>
        <translation>Cette compétence n’existe plus.</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>Cette séance n’existe plus.</translation>
    </message>
    <message>
        <source>Every agenda item needs a topic.</source>
        <translation>Chaque point de l’ordre du jour doit avoir un sujet.</translation>
    </message>
    <message>
        <source>A topic is too long (500 characters at most).</source>
        <translation>Un sujet est trop long (500 caractères au plus).</translation>
    </message>
    <message>
        <source>An item lasts between 1 and 480 minutes.</source>
        <translation>Un point dure entre 1 et 480 minutes.</translation>
    </message>
    <message>
        <source>Choose an answer.</source>
        <translation>Choisissez une réponse.</translation>
    </message>
    <message>
        <source>Choose who does it.</source>
        <translation>Choisissez qui s’en charge.</translation>
    </message>
    <message>
        <source>This action item no longer exists.</source>
        <translation>Cette action n’existe plus.</translation>
    </message>
    <message>
        <source>Still in a pair of this programme, so still taking part: {names}</source>
        <translation>Encore dans un binôme de ce programme, donc toujours participants : {names}</translation>
    </message>
    <message>
        <source>The place is too long (500 characters at most).</source>
        <translation>Le lieu est trop long (500 caractères au plus).</translation>
    </message>
    <message>
        <source>Choose how often they meet.</source>
        <translation>Choisissez à quelle fréquence ils se rencontrent.</translation>
    </message>
    <message>
        <source>Plan between 1 and {max} sessions at once.</source>
        <translation>Planifiez entre 1 et {max} séances à la fois.</translation>
    </message>
    <message>
        <source>The first session is after the programme's end.</source>
        <translation>La première séance tombe après la fin du programme.</translation>
    </message>
    <message>
        <source>Say why the session is cancelled.</source>
        <translation>Indiquez pourquoi la séance est annulée.</translation>
    </message>
    <message>
        <source>This session has not begun yet: it can be held or missed only once its time has come.</source>
        <translation>Cette séance n’a pas encore commencé : elle ne peut être tenue ou manquée qu’une fois son heure venue.</translation>
    </message>
    <message>
        <source>This text holds an invisible control character: remove it.</source>
        <translation>Ce texte contient un caractère de contrôle invisible : supprimez-le.</translation>
    </message>
    <message numerus="yes">
        <source>Too long once accents and ligatures are spelled out: at most %n characters.</source>
        <translation><numerusform>Trop long une fois les accents et ligatures développés : %n caractère au plus.</numerusform><numerusform>Trop long une fois les accents et ligatures développés : %n caractères au plus.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation><numerusform>%n caractère au plus.</numerusform><numerusform>%n caractères au plus.</numerusform></translation>
    </message>
    <message>
        <source>This text holds a NUL character: remove it.</source>
        <translation>Ce texte contient un caractère NUL : supprimez-le.</translation>
    </message>
    <message>
        <source>A pair is listed twice.</source>
        <translation>Un binôme figure deux fois.</translation>
    </message>
    <message>
        <source>There is no pair to plan.</source>
        <translation>Il n’y a aucun binôme à planifier.</translation>
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
        <translation>Ce qui se passe dans vos programmes, ce qu’il reste à faire aujourd’hui, et si le programme porte ses fruits.</translation>
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
        <translation>Les collaborateurs de l’entreprise : qui peut transmettre quoi, qui veut apprendre quoi.</translation>
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
        <translation>Le catalogue des compétences par catégorie, avec l’offre et la demande pour chacune.</translation>
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
        <source>show program's version number and exit</source>
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