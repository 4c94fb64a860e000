# Les fenêtres de dialogue.

# Titre de la fenêtre des sources pour $n documents (« Les cinq sources »).
sources-title = { $n ->
    [0] Sources
    [1] La source
    [2] Les deux sources
    [3] Les trois sources
    [4] Les quatre sources
    [5] Les cinq sources
    [6] Les six sources
    [7] Les sept sources
    [8] Les huit sources
    [9] Les neuf sources
    [10] Les dix sources
   *[other] Les sources
}
sources-intro = Les événements citent les documents ci-dessous. Quand ces documents divergent, l’événement le signale.
# Intitulés dans la fiche d’un document.
sources-kind = Type
sources-covers = Période couverte
sources-speaks-of = Évoque
# Nom accessible de la bande de densité d’un document : $from et $to sont des années, $speaks « 18 événements, 1928–1937 ».
sources-coverage = Répartition sur { $from }–{ $to } : { $speaks }
sources-show-events = { $n ->
    [one] Afficher l’événement qu’il évoque
   *[other] Afficher les { $n } événements qu’il évoque
}
sources-reading = Lectures complémentaires qu’il cite

# Titres des fenêtres.
dialog-download = Télécharger cette frise
dialog-activities = Activités pour la classe
dialog-share = Partager cette vue
dialog-tours = Parcours guidés
dialog-people = Filtrer par personne
dialog-source-filter = Filtrer par document source
# Fenêtre de partage.
share-note = Ce lien ouvre le même événement, avec les mêmes filtres et la même période affichée, sur n’importe quel appareil.
share-link = Lien vers cette vue
share-copy = Copier le lien
share-copied = Lien copié dans le presse-papiers.
share-blocked = La copie a été bloquée : le lien est sélectionné, appuyez sur Ctrl+C (⌘C) pour le copier.
share-selected = Le lien est sélectionné : appuyez sur Ctrl+C (⌘C) pour le copier.
share-qr = QR code du lien
share-too-long = Ce lien est trop long pour un QR code.
# Suivi d’un bouton « Télécharger… ».
share-download-lead = Pour conserver la frise elle-même, ou l’ouvrir dans TimelineJS ou un tableur :{ " " }
# Fenêtre de téléchargement.
download-intro = { $n ->
    [one] Toute la frise affichée ({ $n } événement), quels que soient les filtres, dans un fichier à conserver, à rouvrir ici (Ouvrir…) ou à ouvrir dans TimelineJS.
   *[other] Toute la frise affichée ({ $n } événements), quels que soient les filtres, dans un fichier à conserver, à rouvrir ici (Ouvrir…) ou à ouvrir dans TimelineJS.
}
# Les trois formats de téléchargement, et à quoi sert chacun.
download-choice = { $format ->
    [ours] JSON de l’application
    [timelinejs] JSON TimelineJS
   *[csv] Tableur (CSV)
}
download-what = { $format ->
    [ours] tout : sources, citations, divergences, parcours
    [timelinejs] s’ouvre dans TimelineJS ; les sources et les divergences y deviennent des lignes de texte
   *[csv] le modèle de tableur de TimelineJS, pour Google Sheets ou Excel
}
# $file est le nom du fichier téléchargé.
download-saved = Enregistré sous « { $file } ».
download-refused = Le navigateur n’a pas accepté le fichier : essayez un autre navigateur.
download-missing = La partie de l’application qui écrit les fichiers n’a pas pu être chargée : vérifiez la connexion et réessayez.
# Fenêtre des parcours.
tours-intro = Avancez avec → et ←, Espace, Pg.Préc/Pg.Suiv ou une télécommande de présentation. Chaque étape est un lien.
# Sélecteurs des filtres.
people-intro = Affiche les événements où figure au moins une des personnes cochées.
people-find = Chercher une personne
people-find-placeholder = Chercher une personne (toute graphie)
source-filter-intro = Affiche les événements évoqués par au moins un des documents cochés.
pickers-untick = Tout décocher
pickers-done = Terminé
tours-start = { $n ->
    [one] Commencer ({ $n } étape)
   *[other] Commencer ({ $n } étapes)
}
