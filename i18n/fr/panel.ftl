# Le panneau de l’événement.

# Boutons de la barre du panneau : l’événement précédent et le suivant dans l’ordre chronologique.
panel-previous = Précédent
panel-next = Suivant
# Quand les filtres excluent l’événement ouvert.
panel-not-in-filter = hors filtre
# Nom accessible du bouton ✕ d’un panneau ou d’une fenêtre.
close-escape = Fermer (Échap)
# La vue en liste : marque des événements sur lesquels les documents sources divergent.
list-differ = sources divergentes
# Le corps du panneau de l’événement.

# Où un document le dit : « Section “Summary of Event”, paragraphe 3 ».
panel-locator = Section « { $section } », paragraphe { $paragraph }
panel-differ = Les sources divergent
# Après une valeur discutée : les documents qui la donnent.
panel-according-to = selon { $who }
panel-note = Note de la rédaction :{ " " }
panel-sources-heading = Ce que disent les sources ({ $n })
panel-people = Personnes
# Infobulle du bouton d’une personne ; $name est la personne.
panel-person-title = Afficher seulement les événements impliquant { $name }
panel-related = Événements liés
panel-link = Lien vers cet événement
panel-corroborate = Croiser les sources
# La provenance d’un document, repliée sous sa fiche.
provenance-summary = À propos de ce document
provenance-field = { $field ->
    [author] Auteur ou éditeur
    [date] Date
    [audience] Destiné à
    [purpose] Objectif
   *[based-on] S’appuie sur
}
# Noms des parties d’un événement, sur les pages d’une diapositive projetée (« sources divergentes 2/5 »).
part-summary = résumé
part-differ = sources divergentes
part-note = note de la rédaction
part-sources = sources
# Médias de la frise d’une classe (images, vidéos, citations, liens). Rien n’est chargé
# depuis un autre site avant que le lecteur le demande. $what vaut « image » ou « video » ; $host un site.
media-consent = { $what ->
    [image] Image hébergée
   *[video] Vidéo hébergée
} sur { $host }. Rien n’est chargé depuis ce site tant que vous ne le demandez pas.
media-show = { $what ->
    [image] Afficher l’image
   *[video] Afficher la vidéo
}
# Ce qu’annonce un lecteur d’écran pour une image ou une vidéo sans description.
media-from-label = { $what ->
    [image] Image hébergée
   *[video] Vidéo hébergée
} sur { $host }
media-always = Toujours afficher les médias de cette frise
media-another-site = un autre site
# Une fiche de lien vers un article de Wikipédia : $lang est son code de langue, $article son titre.
media-wikipedia = Wikipédia ({ $lang }) : { $article }
media-link = Lien : { $host }
# $reason est l’une des raisons media-* ci-dessous.
media-refused = Le média du fichier n’est pas affiché : { $reason }
# Sur une fiche imprimée : « Image (upload.wikimedia.org) ».
media-line = { $what ->
    [image] Image
    [video] Vidéo
   *[link] Lien
} ({ $host })
# Pourquoi un média n’est pas affiché. $address est ce que donne le fichier.
media-no-address = Le média n’a pas d’adresse.
media-nothing = Le média n’a ni adresse ni citation.
media-spaces = L’adresse « { $address } » contient des espaces.
media-relative = L’adresse relative « { $address } » n’est pas affichée : l’adresse du fichier lui-même est inconnue, il est donc impossible de la retrouver (écrivez l’adresse complète en https://).
media-insecure = L’adresse { $address } n’est pas sécurisée (http://) : seuls les médias en https:// sont affichés.
media-scheme = Les adresses « { $scheme }: » ne sont pas affichées.
media-unusable = « { $address } » n’est pas une adresse utilisable.
# Affiché à la place d’un média. $host est un site web.
media-offline = { $what ->
    [image] Vous êtes hors ligne : cette image est hébergée sur { $host } et nécessite une connexion.
   *[video] Vous êtes hors ligne : cette vidéo est hébergée sur { $host } et nécessite une connexion.
}
media-failed = L’image n’a pas pu être chargée depuis { $host }.
part-media = média
# L’encadré d’un parcours guidé au-dessus de l’événement.
tour-label = Parcours
tour-step = Étape { $number } sur { $total }
tour-filters = Vos filtres restent actifs : les étapes qui n’y correspondent pas sont tout de même affichées.
tour-end = Quitter le parcours
part-tour = parcours
media-iframe = Un cadre intégré (<iframe>) du fichier n’est pas affiché.
media-markup = Le balisage (<{ $tag }>) dans l’adresse du média n’est pas affiché.
