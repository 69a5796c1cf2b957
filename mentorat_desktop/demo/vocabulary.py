"""The words the demo data is made of: names, departments, skills and session texts (French).

Plain data only; the services/demo*.py builders draw from these lists with a seeded random
generator. Names deliberately carry accents, apostrophes and hyphens so every screen and
document is exercised with them.
"""

from __future__ import annotations

COMPANY_NAME = "Atelier Lumière & Fils"
COMPANY_ADDRESS = "14, rue de l’Abbé-Grégoire\n69007 Lyon\nFrance"
EMAIL_DOMAIN = "atelier-lumiere.fr"

# (first name, last name, female); the first one is the CEO and signs the certificates.
FEATURED_PEOPLE = [
    ("Hélène", "Marchand-Lefèvre", True),
    ("Zoë", "O'Brien", True),
    ("Jean-Pierre", "N'Diaye", False),
    ("Éloïse", "Lefèvre", True),
    ("Łukasz", "Wiśniewski", False),
    ("Minh-Anh", "Nguyễn", True),
    ("François", "L'Hôte", False),
    ("Aïcha", "Benali", True),
]
CEO_TITLE = ("Président-directeur général", "Présidente-directrice générale")

FIRST_NAMES = [
    ("Éloïse", True),
    ("Zoë", True),
    ("Chloé", True),
    ("Léa", True),
    ("Inès", True),
    ("Maëlle", True),
    ("Anaïs", True),
    ("Océane", True),
    ("Clémence", True),
    ("Hélène", True),
    ("Françoise", True),
    ("Geneviève", True),
    ("Sylvie", True),
    ("Brigitte", True),
    ("Martine", True),
    ("Nathalie", True),
    ("Isabelle", True),
    ("Véronique", True),
    ("Sophie", True),
    ("Camille", True),
    ("Manon", True),
    ("Yasmine", True),
    ("Aïcha", True),
    ("Fatoumata", True),
    ("Małgorzata", True),
    ("Agnès", True),
    ("Bérénice", True),
    ("Joëlle", True),
    ("Noémie", True),
    ("Marie-Claire", True),
    ("Anne-Sophie", True),
    ("Lou-Ann", True),
    ("Thi-Mai", True),
    ("Siobhán", True),
    ("Léonie", True),
    ("Mélissa", True),
    ("Salomé", True),
    ("Céline", True),
    ("Ingrid", True),
    ("Dominique", True),
    ("Jean-Pierre", False),
    ("Łukasz", False),
    ("François", False),
    ("Jérôme", False),
    ("Gaël", False),
    ("Loïc", False),
    ("Théo", False),
    ("Noé", False),
    ("Raphaël", False),
    ("Benoît", False),
    ("Hervé", False),
    ("Thierry", False),
    ("Patrick", False),
    ("Michel", False),
    ("Gérard", False),
    ("Didier", False),
    ("Bernard", False),
    ("Philippe", False),
    ("Karim", False),
    ("Mehdi", False),
    ("Mamadou", False),
    ("Yannick", False),
    ("Kévin", False),
    ("Maxime", False),
    ("Hugo", False),
    ("Lucas", False),
    ("Enzo", False),
    ("Matthéo", False),
    ("Jean-Baptiste", False),
    ("Pierre-Yves", False),
    ("Marc-André", False),
    ("Björn", False),
    ("Stéphane", False),
    ("Sébastien", False),
    ("Frédéric", False),
    ("Rémi", False),
    ("Adrien", False),
    ("Ousmane", False),
    ("João", False),
    ("Côme", False),
]

LAST_NAMES = [
    "N'Diaye",
    "O'Brien",
    "Nguyễn",
    "Lefèvre",
    "Müller",
    "Da Silva",
    "D'Angelo",
    "Le Goff",
    "Lecœur",
    "Bézier",
    "Fournier",
    "Girard",
    "Mercier",
    "Lambert",
    "Bonnet",
    "Rousseau",
    "Faure",
    "Blanc",
    "Guérin",
    "Chevalier",
    "Boyer",
    "Gauthier",
    "Perrin",
    "Morel",
    "Roussel",
    "Dubois-Martin",
    "Saint-Clair",
    "L'Hôte",
    "D'Almeida",
    "de La Tour",
    "Lévêque",
    "Béranger",
    "Kowalski",
    "Trần",
    "Lê",
    "Benali",
    "Haddad",
    "Diallo",
    "Traoré",
    "Camara",
    "Ferreira",
    "Gonçalves",
    "García",
    "Fernández",
    "Schäfer",
    "Østergaard",
    "Hoàng",
    "Phạm",
    "Larsson",
    "Petit",
    "Moreau",
    "Laurent",
    "Simon",
    "Lefebvre",
    "Leroy",
    "Roux",
    "David",
    "Bertrand",
    "Morin",
    "Fontaine",
    "Renaud",
    "Barbier",
    "Arnaud",
    "Picard",
    "Aubert",
    "Brunet",
    "Caron",
    "Ménard",
    "Hébert",
    "Mallet",
    "Noël",
    "Besnard",
    "Joly",
    "Rivière",
    "Prévost",
    "Lacroix-Dumas",
    "Benoît",
    "Masson",
    "Chauvin",
    "Ó Briain",
]

# (name, head title (m, f), staff titles [(m, f)]); the first five make the small company.
DEPARTMENTS = [
    ("Direction", CEO_TITLE, [
        ("Assistant de direction", "Assistante de direction"),
        ("Chargé de mission", "Chargée de mission"),
        ("Contrôleur de gestion", "Contrôleuse de gestion"),
    ]),
    ("Commercial", ("Directeur commercial", "Directrice commerciale"), [
        ("Commercial terrain", "Commerciale terrain"),
        ("Chargé d’affaires", "Chargée d’affaires"),
        ("Assistant commercial", "Assistante commerciale"),
        ("Technico-commercial", "Technico-commerciale"),
    ]),
    ("Marketing & Communication", ("Responsable marketing", "Responsable marketing"), [
        ("Chargé de communication", "Chargée de communication"),
        ("Community manager", "Community manager"),
        ("Graphiste", "Graphiste"),
        ("Chef de produit", "Cheffe de produit"),
    ]),
    ("Production", ("Directeur de production", "Directrice de production"), [
        ("Technicien d’atelier", "Technicienne d’atelier"),
        ("Chef d’équipe", "Cheffe d’équipe"),
        ("Opérateur de fabrication", "Opératrice de fabrication"),
        ("Responsable qualité", "Responsable qualité"),
        ("Électricien", "Électricienne"),
    ]),
    ("Ressources humaines & Finance",
     ("Directeur administratif et financier", "Directrice administrative et financière"), [
        ("Chargé de recrutement", "Chargée de recrutement"),
        ("Comptable", "Comptable"),
        ("Gestionnaire de paie", "Gestionnaire de paie"),
        ("Juriste", "Juriste"),
    ]),
]  # fmt: skip

EXTRA_DEPARTMENTS = [
    "Logistique",
    "Achats",
    "Qualité",
    "Recherche & Développement",
    "Service client",
    "Informatique",
    "Juridique",
    "Maintenance",
    "Méthodes",
    "Export",
    "Bureau d’études",
    "Atelier Lyon",
    "Atelier Saint-Étienne",
    "Showroom Paris",
    "Agence Bordeaux",
    "Agence Lille",
    "Agence Nantes",
    "Agence Marseille",
    "Contrôle de gestion",
    "Formation",
    "Sécurité & Environnement",
    "Design",
    "E-commerce",
    "Transport",
    "Relations presse",
]
EXTRA_HEAD_TITLE = ("Responsable", "Responsable")
GENERIC_TITLES = [
    ("Chargé de projet", "Chargée de projet"),
    ("Technicien", "Technicienne"),
    ("Assistant", "Assistante"),
    ("Coordinateur", "Coordinatrice"),
    ("Gestionnaire", "Gestionnaire"),
    ("Conseiller", "Conseillère"),
]

# Skill categories: DigComp's five areas, then the business ones. (name, digital)
CATEGORIES = [
    ("Information et données", True),
    ("Communication et collaboration", True),
    ("Création de contenus", True),
    ("Sécurité", True),
    ("Résolution de problèmes", True),
    ("Métier", False),
    ("Management", False),
    ("Langues", False),
]

# (category index, name, description)
SKILLS = [
    (0, "Recherche d’information en ligne", "Trouver vite une source fiable et la vérifier."),
    (0, "Tableurs avancés", "Tableaux croisés, RECHERCHEX, mises en forme conditionnelles."),
    (0, "Tableaux de bord", "Suivre ses indicateurs avec Power BI ou Looker Studio."),
    (1, "Visioconférence", "Animer une réunion Teams ou Zoom sans accroc."),
    (1, "LinkedIn", "Soigner son profil, publier, développer son réseau."),
    (1, "Outils collaboratifs", "Partager et coéditer des documents (SharePoint, Drive)."),
    (1, "Messagerie d’équipe", "Canaux, mentions et bonnes pratiques sur Teams ou Slack."),
    (2, "Canva", "Créer visuels et présentations aux couleurs de l’entreprise."),
    (2, "Vidéo courte", "Tourner et monter une vidéo avec son téléphone."),
    (2, "Rédaction web", "Écrire pour le site et les réseaux sociaux."),
    (2, "Présentations percutantes", "Construire un support clair et visuel."),
    (3, "Hameçonnage", "Reconnaître un courriel frauduleux et savoir réagir."),
    (3, "Mots de passe et double authentification", "Gestionnaire de mots de passe, 2FA."),
    (3, "Protection des données (RGPD)", "Les bons réflexes avec les données personnelles."),
    (4, "Assistants IA", "Utiliser ChatGPT, Copilot ou Le Chat avec discernement."),
    (4, "Automatisation simple", "Automatiser les tâches répétitives (Power Automate, macros)."),
    (4, "Smartphone au travail", "Applications utiles, synchronisation, numérisation."),
    (5, "Négociation client", "Préparer et conduire une négociation commerciale."),
    (5, "Connaissance des produits", "La gamme, la fabrication et le savoir-faire maison."),
    (5, "Relation fournisseurs", "Négocier et entretenir la relation avec les fournisseurs."),
    (5, "Prise de parole en public", "Convaincre à l’oral, en réunion comme sur un salon."),
    (6, "Gestion de projet", "Planifier, suivre et livrer un projet à plusieurs."),
    (6, "Conduite d’entretiens", "Entretiens annuels, recrutement, recadrage."),
    (6, "Gestion des priorités", "Organiser sa semaine et savoir dire non."),
    (7, "Anglais professionnel", "Réunions, courriels et appels en anglais."),
]

# For the large demo: more skills as "tool : aspect" in the tool's category.
EXTRA_TOOLS = [
    (0, "Excel"),
    (0, "Power BI"),
    (0, "Google Sheets"),
    (0, "Airtable"),
    (1, "Teams"),
    (1, "Slack"),
    (1, "Zoom"),
    (1, "Outlook"),
    (1, "SharePoint"),
    (1, "Instagram"),
    (2, "Figma"),
    (2, "WordPress"),
    (2, "CapCut"),
    (2, "PowerPoint"),
    (3, "VPN"),
    (3, "Bitwarden"),
    (3, "Sauvegardes"),
    (4, "ChatGPT"),
    (4, "Copilot"),
    (4, "Power Automate"),
    (4, "Notion"),
    (5, "Chiffrage des devis"),
    (5, "Lecture de plans"),
    (5, "Contrôle qualité"),
    (5, "Salons professionnels"),
    (6, "Animation d’équipe"),
    (6, "Feedback"),
    (6, "Délégation"),
    (7, "Espagnol"),
    (7, "Allemand"),
    (7, "Italien"),
    (7, "Portugais"),
]
EXTRA_ASPECTS = [
    ("prise en main", "Les bases pour démarrer : {tool}."),
    ("usages avancés", "Aller plus loin : {tool}."),
    ("bonnes pratiques", "Les bons réflexes : {tool}."),
    ("astuces", "Gagner du temps au quotidien : {tool}."),
    ("en équipe", "Travailler à plusieurs : {tool}."),
    ("perfectionnement", "Se perfectionner : {tool}."),
]

PROGRAMME_NAME = "Mentorat inversé – Promotion {number} ({year})"
OBJECTIVES = (
    "Rapprocher les générations, diffuser les usages numériques dans toutes les équipes "
    "et transmettre le savoir-faire de la maison."
)
CHARTER = (
    "Le mentorat inversé repose sur l’écoute, la bienveillance et la confidentialité.\n"
    "Chaque binôme se retrouve toutes les deux semaines, prépare ses séances et tient "
    "son journal. La coordination voit les présences, les heures et les appréciations, "
    "jamais les notes confidentielles.\n"
    "Le ou la mentor transmet, il ou elle n’est pas l’assistance informatique."
)

SLOTS = [(9, 0), (9, 30), (10, 0), (11, 0), (13, 30), (14, 0), (15, 0), (16, 30), (17, 0)]
LOCATIONS = [
    "Salle Lumière (1er étage)",
    "Salle de réunion « L’Établi »",
    "Cafétéria",
    "Bureau du mentoré",
    "Visioconférence Teams",
    "https://meet.jit.si/atelier-lumiere-binome",
]
GOALS = [
    "Gagner en aisance avec « {skill} » et partager en retour la connaissance des clients.",
    "Être autonome sur « {skill} » d’ici la fin du programme.",
    "Utiliser « {skill} » dans le travail de tous les jours, sans stress.",
    "Découvrir « {skill} » et croiser les regards entre services.",
]
OPENING_TOPICS = ["Tour de table et nouvelles", "Retour sur les actions de la dernière séance"]
MIDDLE_TOPICS = [
    "Démonstration : {skill}",
    "Exercice pratique : {skill}",
    "Questions-réponses sur « {skill} »",
    "Cas concret apporté par {mentee}",
    "Partage d’expérience métier de {mentee}",
    "Usages dans l’équipe : {skill}",
    "Point d’étape sur les objectifs",
]
CLOSING_TOPICS = ["Bilan et prochaine séance", "Actions à mener d’ici la prochaine fois"]
PREPARATIONS = [
    "Apporter un ordinateur portable chargé.",
    "Lister trois situations où « {skill} » ferait gagner du temps.",
    "Relire les notes de la dernière séance.",
    "Installer l’application sur son téléphone avant la séance.",
    "Préparer un vrai document de travail (sans données sensibles).",
]
SUMMARIES = [
    "{mentor} a montré à {mentee} les bases de « {skill} », puis exercice sur un cas réel.",
    "Séance très concrète sur « {skill} » ; {mentee} a préparé des questions précises.",
    "On a repris « {skill} » pas à pas. En retour, {mentee} a raconté ses débuts chez nous.",
    "{mentee} a présenté un dossier client ; {mentor} a proposé des astuces sur « {skill} ».",
    "Révision de la séance précédente et premiers essais en autonomie sur « {skill} ».",
]
LEARNED = [
    "Les raccourcis qui font gagner un temps fou.",
    "Qu’il vaut mieux demander que bricoler seul dans son coin.",
    "Comment nos clients historiques voient la marque.",
    "Vérifier une information avant de la partager.",
    "Que l’on peut apprendre à tout âge, dans les deux sens.",
]
QUOTES = [
    "« Je n’aurais jamais cru prendre autant de plaisir à apprendre avec une collègue de 25 ans. »",
    "« Expliquer ce que je fais tous les jours m’a obligé à mieux le comprendre. »",
    "« Maintenant, c’est moi qui montre l’astuce aux autres ! »",
    "« J’ai découvert un métier que je croisais sans le connaître. »",
    "« Une heure toutes les deux semaines, et l’impression d’avoir gagné des mois. »",
]
CONFIDENTIAL_NOTES = [
    "Un peu de tension au début, vite dissipée.",
    "{mentee} craint de ne pas être à la hauteur ; à encourager.",
    "Parle d’un possible changement de poste, rien d’officiel.",
]
ACTIONS = [
    "Refaire l’exercice seul sur un dossier en cours",
    "Envoyer le modèle de document promis",
    "Tester « {skill} » sur une vraie tâche de la semaine",
    "Lire l’article partagé pendant la séance",
    "Préparer une question pour la prochaine fois",
]
CANCEL_REASONS = [
    "Salon professionnel",
    "Absence pour maladie",
    "Réunion client imprévue",
    "Congés",
    "Inventaire de fin de mois",
]
END_REASONS = [
    "Emplois du temps incompatibles après le changement d’équipe de {mentee}.",
    "Le binôme ne fonctionnait pas ; d’un commun accord, arrêt après quelques séances.",
    "Départ de {mentor} de l’entreprise.",
]
