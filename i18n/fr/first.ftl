# L’en-tête : le titre de la frise et les outils d’affichage.

# Une période dans le menu « Aller à » : son nom et ses dates, « La Grande Terreur (août 1936–nov. 1938) ».
header-period = { $label } ({ $span })
# Nom accessible de la rangée d’outils d’affichage.
header-tools = Affichage
# Bouton qui affiche les filtres sur téléphone.
header-filters = Filtres
header-jump-label = Aller à une période
header-jump = Aller à…
# La période choisie par l’auteur de la frise pour l’ouverture.
header-jump-default = L’essentiel
header-jump-all = Tout
header-list = Liste
header-list-title = Afficher les événements sous forme de liste (L) ; appuyez à nouveau pour revenir à la frise
header-compare = Comparer
header-compare-title = Comparer ce que dit chaque source, événement par événement (C) ; appuyez à nouveau pour revenir à la frise
header-zoom = Zoom
header-zoom-in = Zoom avant
header-zoom-in-title = Zoom avant (+)
header-zoom-out = Zoom arrière
header-zoom-out-title = Zoom arrière (−)
header-fit-all = Tout voir
header-fit-all-title = Tout afficher (0)
# Ouvre la fenêtre des documents sources.
header-sources = Sources
header-tours = Parcours
header-activities = Activités
header-activities-title = Activités pour la classe à partir des sources : remettre dans l’ordre, qui le dit ?, croiser les sources
# Masque les événements qui suivent l’événement en cours, pour les dévoiler un à un en classe.
header-reveal = Dévoiler
header-reveal-title = Masquer tous les événements qui suivent l’événement en cours (R)
header-theme = Thème de couleurs
header-theme-light = Clair
header-theme-dark = Sombre
header-theme-contrast = Contraste élevé
# Mode projection : grands caractères pour le vidéoprojecteur de la classe.
header-project = Projeter
header-project-exit = Quitter la projection
header-project-title = Mode projection pour la classe (P)
header-share = Partager
# Les filtres sous l’en-tête.

filters-search = Rechercher des événements
filters-search-placeholder = Rechercher événements, personnes, sources  ( / )
# Combien d’événements passent les filtres : $n sur $all (« 95 événements »).
filters-match-count = { $n ->
    [one] { $n } sur { $all } correspond
   *[other] { $n } sur { $all } correspondent
}
# Ouvre une liste de personnes pour filtrer.
filters-by-person = Par personne
filters-by-source = Par source
# Bascule : seulement les événements où les documents sources divergent (suivi de leur nombre).
filters-differ = Sources divergentes{ " " }
filters-differ-title = Seulement les événements où les documents sources divergent
# Que faire des événements qui ne passent pas les filtres.
filters-unmatched = Événements non retenus
filters-dim = Estomper les autres
filters-hide = Masquer les autres
filters-clear = Effacer les filtres
filters-categories = Catégories : afficher les événements des catégories sélectionnées
filters-no-match = Aucun événement ne correspond à ces filtres.
# Ouvrir le fichier de frise d’une classe, et la ligne qui indique d’où vient une frise.

open-button = Ouvrir…
open-busy = Ouverture…
open-label = Ouvrir un fichier de frise
open-title = Ouvrir un fichier de frise depuis cet appareil : JSON de l’application, JSON TimelineJS ou tableur enregistré en CSV (ou déposez le fichier sur la page)
origin-label = Provenance de cette frise
# $path est l’adresse d’un fichier sur ce site, « data/class.json ».
origin-site = Frise issue de { $path } sur ce site.
# $host est un autre site web, « example.org ».
origin-web = Cette frise provient de { $host }, et non de ce site : son contenu relève de ses auteurs.
# $file est le nom d’un fichier ouvert par le lecteur.
origin-file = Votre fichier « { $file } », ouvert sur cet appareil : rien n’a été envoyé, et les liens qui y renvoient ouvrent ailleurs la frise par défaut.
origin-download = Télécharger…
origin-back = Revenir à la frise par défaut
# Pendant le chargement de la frise.

loading-timeline = Chargement de la frise…
# Où en est le chargement : événements lus jusqu’ici, sur le total.
loading-events = { $n ->
    [one] { $n } événement lu sur { $total }
   *[other] { $n } événements lus sur { $total }
}
# $amount est un nombre de mégaoctets, « 1,5 ».
loading-megabytes = { $amount } Mo
# $got et $all sont des tailles comme « 1,5 Mo ».
loading-bytes-of = { $got } sur { $all }
loading-bytes = { $got } reçus
# Pourquoi un fichier n’a pas pu être lu (fin d’une phrase comme « Impossible de charger … : »).
load-request-failed = la requête a échoué
load-not-utf8 = le fichier n’est pas du texte UTF-8
load-import-missing = la partie de l’application qui lit ce fichier n’a pas pu être chargée
# Parties de l’application chargées à la demande, et avis.

app-not-loaded = La frise n’a pas pu être chargée…
# Ferme les avis sur les parties d’un lien qui ont été ignorées.
app-dismiss = Fermer
app-loading-list = Chargement de la liste…
app-loading-activity = Chargement de l’activité…
app-loading-compare = Chargement de la comparaison…
app-loading = Chargement…
# La bande de vue d’ensemble en bas de la frise.
overview-title = Vue d’ensemble : faites glisser la zone en surbrillance pour vous déplacer, ses bords pour zoomer
# Liens pour les utilisateurs du clavier en haut de la page.
skip-timeline = Aller à la frise
skip-event = Aller à l’événement ouvert
# La bande : un bouton qui représente plusieurs événements trop proches pour être affichés. $from
# est une date ; $hits : combien d’entre eux passent les filtres.
cluster-more = { $n ->
    [one] { $n } autre événement ({ $from } et après) : zoomez pour le voir
   *[other] { $n } autres événements ({ $from } et après) : zoomez pour les voir
}
cluster-more-matching = { $n ->
    [one] { $n } autre événement ({ $from } et après), dont { $hits } correspondant aux filtres ; zoomez pour le voir
   *[other] { $n } autres événements ({ $from } et après), dont { $hits } correspondant aux filtres ; zoomez pour les voir
}
# Au-dessus d’un groupe : combien de ses événements correspondent (« 3 du filtre »), quand
# aucune catégorie seule ne les nomme. Invariable : le nombre précède sans accord possible.
cluster-matching = du filtre
# Boutons aux bords de la bande : événements correspondants hors de la fenêtre.
edge-earlier = { $n ->
    [one] { $n } événement correspondant antérieur : afficher le plus proche
   *[other] { $n } événements correspondants antérieurs : afficher le plus proche
}
edge-later = { $n ->
    [one] { $n } événement correspondant postérieur : afficher le plus proche
   *[other] { $n } événements correspondants postérieurs : afficher le plus proche
}
strip-eras = Périodes à l’écran
strip-label = Frise : faites défiler ou pincez pour zoomer, faites glisser pour vous déplacer ; touches + et − pour zoomer, flèches pour vous déplacer
strip-events = Événements dans l’ordre chronologique
# Le panneau affiché quand l’application a cessé de fonctionner.
fatal-title = La frise a cessé de fonctionner
fatal-text = Un problème est survenu dans l’application. Recharger la page suffit en général ; si cela se reproduit, prévenez la personne qui a partagé cette frise (la console du navigateur donne les détails).

# Les messages de la page elle-même, quand la frise interactive ne peut pas démarrer.
page-reload = Recharger
page-no-wasm = Cet appareil n’exécute pas WebAssembly, dont la frise interactive a besoin : chaque événement, ses sources et la liste restent lisibles ici (mais ni le zoom, ni les filtres, ni la recherche).
page-offline-readable = Cet appareil est hors ligne et la frise interactive n’y est pas encore enregistrée : ce qui est affiché ici reste lisible.
page-cannot-start-readable = La frise interactive n’a pas pu démarrer ici : chaque événement, ses sources et la liste restent lisibles (le zoom, les filtres et la recherche, eux, en ont besoin). Recharger la page suffit en général.
page-start-title = La frise n’a pas pu démarrer
page-start-offline = Cet appareil est hors ligne et l’application n’y est pas encore enregistrée. Rechargez la page une fois la connexion rétablie.
page-start-missing = Une partie de l’application n’est pas arrivée du serveur. Recharger la page suffit en général.
# Une barre qui propose une nouvelle version de l’application ; suivie d’un bouton « recharger ».
page-update = Une nouvelle version est disponible —{ " " }
page-update-reload = recharger
