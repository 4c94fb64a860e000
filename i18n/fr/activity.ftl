# Les activités pour la classe.

# Ce que chaque activité demande aux élèves (fenêtre des activités).
activity-about = { $kind ->
    [order] Des événements sans leur date, à remettre dans l’ordre où ils ont commencé.
    [sources] Des affirmations tirées des documents : quel document avance chacune d’elles ?
   *[corroborate] Les affirmations sur l’événement ouvert, document par document : lesquelles d’autres documents confirment-ils, lesquelles contredisent-ils, lesquelles ne figurent que dans un seul document ?
}
activity-open-first = Ouvrez d’abord un événement : son panneau propose « Croiser les sources ».
# $title est le titre de l’événement ouvert.
activity-open-event = L’événement ouvert : { $title }.
activity-dealt-from = { $n ->
    [one] Tirage parmi { $n } événement retenu par les filtres.
   *[other] Tirage parmi les { $n } événements retenus par les filtres.
}
# $title est le nom d’une activité.
activity-start = Commencer « { $title } »
activity-intro = Les activités s’appuient sur les documents et les filtres en cours. Chaque série est un lien : partagez-le, et chaque élève reçoit les mêmes cartes, à traiter sur son propre appareil. Rien n’est envoyé nulle part.
# Suivi d’un nombre à choisir.
activity-size = Cartes ou questions par série{ " " }
# La consigne, en tête de chaque activité.
activity-how = { $kind ->
    [order] Remettez les événements dans l’ordre où ils ont commencé, du plus ancien au plus récent. Faites glisser une carte par sa poignée, utilisez ses boutons ↑ et ↓, ou sélectionnez une carte, appuyez sur Espace pour la saisir, déplacez-la avec les flèches et appuyez sur Espace pour la déposer.
    [sources] Chaque affirmation ci-dessous ne figure que dans un seul document. Choisissez le document qui l’avance.
   *[corroborate] Classez chaque affirmation d’un document sur cet événement : un autre document dit-il la même chose, un autre dit-il autre chose, ou ne figure-t-elle que dans ce document ? Cochez ensuite les documents qui ne disent rien de l’événement.
}
# D’où une série a été tirée. $filters : les filtres en cours, « Armée ; Les sources divergent ».
activity-of-all = { $n ->
    [one] { $n } événement
   *[other] l’ensemble des { $n } événements
}
activity-of-shown = { $n ->
    [one] { $n } événement affiché ({ $filters })
   *[other] les { $n } événements affichés ({ $filters })
}
# $of est l’un des deux messages ci-dessus.
activity-scope-order = { $n ->
    [one] { $n } événement parmi { $of }.
   *[other] { $n } événements parmi { $of }.
}
activity-scope-sources = { $n ->
    [one] { $n } affirmation concernant { $of }.
   *[other] { $n } affirmations concernant { $of }.
}
# Un événement et sa date : « Assassinat de Kirov (1er déc. 1934) ».
activity-event = { $title } ({ $date })
activity-change-filters = Modifiez les filtres ou revenez à la frise.
# En projection : combien de réponses la télécommande a dévoilées.
activity-answers-shown = Réponses affichées : { $n } sur { $total } (Pg.Suiv affiche la suivante)
activity-new-set = Nouvelle série
activity-print = Imprimer la fiche
activity-back = Retour à la frise
activity-check = Vérifier
# Remettre dans l’ordre. $title : titre d’un événement, $position : sa place, $total : nombre de cartes.
order-put-down = { $title } : carte déposée en position { $position } sur { $total }.
order-picked-up = { $title } : carte saisie, en position { $position } sur { $total }. Déplacez-la avec les flèches, déposez-la avec Espace.
order-put-back = { $title } : carte remise en position { $position } sur { $total }.
order-moved = { $title } : carte déplacée en position { $position } sur { $total }.
order-right-place = À la bonne place
order-belongs-at = Sa place est en position { $position }
order-move-up = Monter « { $title } »
order-move-down = Descendre « { $title } »
# Nom accessible d’une carte.
order-card = { $title }, position { $position } sur { $total }
order-drag = Faire glisser pour déplacer
order-help = Espace saisit ou dépose une carte ; les flèches la déplacent ; Échap la remet à sa place.
# Croiser les sources : où va une affirmation, dit une fois la réponse vérifiée.
corroborate-verdict = { $bin ->
    [agrees] Elle concorde avec un autre document.
    [differs] Elle diverge d’un autre document.
   *[only] Elle ne figure que dans ce document.
}
corroborate-silent-question = Quels documents ne disent rien de cet événement ?
corroborate-also-said = Également dit à son sujet (non classé : les données n’indiquent pas si les autres documents concordent)
# Qui le dit ? Après le choix de l’élève ; puis le nom du document.
sources-right = Exact :{ " " }
sources-wrong = Non, pas celui-là :{ " " }
sources-said-by = l’affirmation vient de{ " " }
# Suivi des versions que les autres documents donnent de l’affirmation.
sources-other-versions = Autres versions :{ " " }
# La fiche imprimée et son corrigé.
sheet-order-how = Numérotez les événements dans les cases dans l’ordre où ils ont commencé, 1 pour le plus ancien.
sheet-position = Position
sheet-which-document = Quel document le dit ?
sheet-sources-how = Chaque affirmation ne figure que dans un seul document. Indiquez lequel. Les documents :
sheet-the-event = L’événement : { $title } ({ $date }).
sheet-corroborate-how = Pour chaque affirmation, cochez la case qui convient : un autre document concorde, un autre diverge, ou elle ne figure que dans ce document.
sheet-silent-how = Cochez les documents qui ne disent rien de l’événement :
# Champs à remplir par l’élève.
sheet-name = Nom
sheet-date = Date
# $address est le lien vers la même série.
sheet-same-set = La même série à l’écran : { $address }
# $title est le nom de l’activité.
sheet-answer-key = Corrigé : { $title }
# Croiser les sources : les trois cases possibles pour une affirmation.
bin-label = { $bin ->
    [agrees] concorde avec un autre document
    [differs] diverge
   *[only] seulement dans ce document
}
# Pourquoi une affirmation va dans telle case, d’après les données. $name et $who sont des
# documents ($n : combien), $value et $values ce qu’ils donnent, $about le point discuté.
explain-only = Aucun autre document que { $name } ne parle de cet événement.
explain-together = { $n ->
    [2] { $who } donnent tous deux « { $value } » pour « { $about } ».
   *[other] { $who } donnent tous « { $value } » pour « { $about } ».
}
explain-gives = { $n ->
    [one] { $who } donne { $values }
   *[other] { $who } donnent { $values }
}
explain-alone = Aucun autre document ne se prononce sur « { $about } » : { $name } donne { $values }.
# $others est une liste de explain-gives, séparés par « ; ».
explain-value = { $name } donne « { $value } » pour « { $about } » ; { $others }.
explain-silent = { $name } ne dit rien de cet événement.
explain-speaks-at = { $name } parle de cet événement ({ $section }, paragraphe { $paragraph }).
explain-speaks = { $name } parle de cet événement.
# Qui le dit ? Où un document le dit : « Les Grandes Purges, paragraphe 3 ».
answer-place = { $section }, paragraphe { $paragraph }
# La version d’un autre document ; $n : combien de documents la donnent.
other-version = { $n ->
    [one] { $who } donne « { $value } ».
   *[other] { $who } donnent « { $value } ».
}
# Les noms des activités.
activity-title = { $kind ->
    [order] Remettre dans l’ordre
    [sources] Qui le dit ?
   *[corroborate] Croiser les sources
}
# Le score après vérification.
score-right = { $n ->
    [one] { $n } bonne réponse sur { $total }
   *[other] { $n } bonnes réponses sur { $total }
}
score-in-place = { $n } sur { $total } à la bonne place
# Pourquoi une activité ne peut pas avoir lieu.
activity-unavailable = { $why ->
    [no-events] Il n’y a aucun événement à remettre dans l’ordre.
    [undated] Les dates des événements affichés ne permettent pas de savoir lequel vient en premier : il faut au moins deux événements dont les dates diffèrent nettement.
    [no-sources] Cette activité nécessite une frise comportant au moins deux documents sources.
    [no-citations] Cette activité nécessite des événements qui citent leurs documents sources.
    [no-questions] Aucun des événements affichés ne comporte d’affirmation avancée par un seul document.
    [no-such-event] Cet événement n’existe pas dans cette frise.
   *[uncited] Cet événement ne cite aucun document source : il n’y a donc rien à croiser.
}
# Lien d’une activité vers le panneau d’un événement.
activity-open = Ouvrir « { $title } »
