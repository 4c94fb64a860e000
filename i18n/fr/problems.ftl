# Quand une frise ne peut pas être chargée ou qu’un fichier ne peut pas être ouvert. $url est l’adresse des données.

failure-network = Impossible d’accéder aux données de la frise ({ $url }).
# $message est ce qu’a dit le navigateur.
failure-network-detail = Le navigateur a signalé : { $message }. Vérifiez la connexion et réessayez.
failure-http = Impossible de charger les données de la frise ({ $url }).
# $status et $text sont la réponse du serveur : « 404 Not Found ».
failure-http-detail = Le serveur a répondu { $status } { $text }. Vérifiez que le fichier existe.
failure-timeout = Les données de la frise ({ $url }) ne sont pas arrivées.
failure-timeout-detail = { $n ->
    [one] Le serveur n’a rien envoyé pendant { $n } seconde. Vérifiez la connexion et réessayez.
   *[other] Le serveur n’a rien envoyé pendant { $n } secondes. Vérifiez la connexion et réessayez.
}
failure-redirected = Les données de la frise ({ $url }) n’ont pas été chargées.
failure-redirected-to = Ce site a renvoyé la requête vers un autre site ({ $host }) ; les données d’une frise de ce site doivent provenir de ce site même.
failure-redirected-detail = Ce site a renvoyé la requête vers un autre site ; les données d’une frise de ce site doivent provenir de ce site même.
failure-too-large = Les données de la frise ({ $url }) sont trop volumineuses.
# $n est un nombre de mégaoctets.
failure-too-large-detail = Elles dépassent { $n } Mo, le maximum que lit cette application. Divisez-les en frises plus petites.
failure-unreadable = Les données de la frise ({ $url }) n’ont pas pu être lues.
failure-invalid = Les données de la frise ({ $url }) contiennent des erreurs.
# $error vaut « Le fichier de données contient 3 problèmes ».
failure-invalid-detail = { $error } ; rien n’est affiché avant leur correction :
problems-more = { $n ->
    [one] …et { $n } autre.
   *[other] …et { $n } autres.
}
problems-close = Fermer
# Un fichier ouvert par le lecteur. $file est son nom.
open-failed = Impossible d’ouvrir « { $file } »
open-stays = La frise déjà ouverte le reste.
open-too-large = Le fichier dépasse { $n } Mo, le maximum que lit cette application.
open-unreadable = Le navigateur n’a pas pu le lire.
open-no-reader = La partie de l’application qui lit les fichiers n’a pas pu être chargée ; vérifiez la connexion.
open-has-problems = { $n ->
    [one] Il contient { $n } problème : corrigez-le, puis rouvrez le fichier.
   *[other] Il contient { $n } problèmes : corrigez-les, puis rouvrez le fichier.
}
# Où se trouve un problème dans un fichier : « ligne 3, colonne 7 : ».
problem-at = ligne { $line }, colonne { $column } :{ " " }
# $message est la raison donnée par le lecteur JSON (en anglais).
problem-syntax = Le fichier de données n’est pas un JSON de frise valide (ligne { $line }, colonne { $column }) : { $message }
problem-count = { $n ->
    [one] Le fichier de données contient { $n } problème
   *[other] Le fichier de données contient { $n } problèmes
}
# Dates illisibles données par un fichier. $value est ce qu’écrit le fichier.
date-bad = « { $value } » n’est pas une date de la forme AAAA, AAAA-MM, AAAA-MM-JJ ou AAAA-MM-JJTHH:MM
date-bad-ago = « { $value } » n’est pas un nombre d’années dans le passé
date-too-far = « { $value } » dépasse les années qu’une frise peut afficher (mille milliards d’années dans un sens comme dans l’autre)
# $from et $to sont des années.
date-year-only = « { $value } » est au-delà des années du calendrier ({ $from } à { $to }) : à cette distance, une date ne peut être qu’une année
date-outside-calendar = « { $value } » est en dehors des années du calendrier ({ $from } à { $to })
date-no-month = « { $value } » indique le mois { $number }, qui n’existe pas
# $month est le nom d’un mois, $when une année, $day un numéro de jour.
date-no-day = « { $value } » n’est pas un jour réel (il n’y a pas de { $day } { $month } { $when })
date-time-without-day = « { $value } » donne une heure sans jour
date-no-hour = « { $value } » indique l’heure { $number }, qui n’existe pas
date-no-minute = « { $value } » indique la minute { $number }, qui n’existe pas
date-day-only = « { $value } » donne une heure : indiquez seulement le jour
# Problèmes dans un fichier de frise, chacun après l’endroit où il se trouve. Les noms de
# champs (« title », « summary ») sont ceux du format de fichier et restent tels quels.
# Où : $kind est ce que décrit le fichier, $id son identifiant.
place = { $kind ->
    [event] événement « { $id } »
    [source] source « { $id } »
    [category] catégorie « { $id } »
    [person] personne « { $id } »
    [era] période « { $id } »
    [tour] parcours « { $id } »
   *[other] { $kind } « { $id } »
}
place-alone = { $kind ->
    [dataset] jeu de données
   *[other] { $kind }
}
problem-empty = { $field } est vide
problem-empty-not-stated = { $field } est vide (écrivez « Not stated » quand le document ne le dit pas)
problem-empty-leave-out = { $field } est vide (omettez-le si le document ne le dit pas)
problem-provenance-missing = { $field } manque : chaque source du jeu de données fourni renseigne sa provenance (« Not stated » quand le document ne le dit pas)
# $reason est la raison pour laquelle la date est illisible.
problem-date = { $field } : { $reason }
problem-slug = l’identifiant doit être un slug : { $rule }
problem-duplicate = { $kind ->
    [event] identifiant d’événement en double
    [source] identifiant de source en double
    [category] identifiant de catégorie en double
    [person] identifiant de personne en double
    [era] identifiant de période en double
   *[tour] identifiant de parcours en double
}
problem-end-before-start = la fin { $end } précède le début { $start }
problem-short-title = short_title est vide (omettez-le pour utiliser le titre)
problem-colour = la couleur « { $value } » n’est pas de la forme #rrggbb
problem-era-no-source = n’a pas de source : chaque période doit en citer au moins une
problem-event-no-source = n’a pas de source : chaque événement doit en citer au moins une
problem-unknown-source = cite une source inconnue, « { $id } »
problem-unknown-category = catégorie inconnue « { $id } »
problem-unknown-person = personne inconnue « { $id } »
problem-step-event = l’étape { $number } désigne un événement inconnu, « { $id } »
problem-step-note = l’étape { $number } n’a pas de note
problem-no-events = ne contient aucun événement
problem-media-both = media contient à la fois url et quote : ne donnez que l’un des deux
problem-media-neither = media n’a ni url ni quote
problem-paragraph = les numéros de paragraphe des citations commencent à 1
problem-says-nothing = la citation de « { $id } » ne dit rien
problem-two-claims = la divergence sur « { $about } » nécessite au moins deux versions
problem-claim-no-source = une version sur « { $about } » ne nomme aucune source
problem-claim-uncited = la divergence sur « { $about } » nomme la source « { $id } », que l’événement ne cite pas
# Chargé malgré tout, avec un avis.
warning-window-outside = La default_window du fichier ({ $from }–{ $to }) se situe en dehors de ses événements ; la frise s’ouvre sur l’ensemble des événements.
warning-lang = Valeur "lang": "{ $value }" ignorée : utilisez un code de langue comme en, fr ou pt-BR.
# Éléments qu’un fichier déclare sans jamais les utiliser.
lint-category = aucun événement ne l’utilise
lint-person = aucun événement ne la nomme
lint-source = aucun événement ne la cite
problem-two-values = la divergence sur « { $about } » fait donner deux valeurs à la source « { $id } », mais l’événement ne cite qu’un passage de celle-ci : citez le passage correspondant à chaque valeur
# Ce dont un identifiant peut être fait ; $n est le nombre maximal de caractères.
slug-rule = lettres minuscules, chiffres et traits d’union (ni au début ni à la fin), { $n } caractères au plus
