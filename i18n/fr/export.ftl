# Exporter une frise vers TimelineJS ou un tableur : ce qui est intégré au texte des
# événements, et ce qui n’y a pas de place. $n compte des événements.
export-citations = { $n ->
    [one] { $n } événement : les citations des sources sont intégrées à son texte (TimelineJS ne gère pas les sources).
   *[other] { $n } événements : les citations des sources sont intégrées à leur texte (TimelineJS ne gère pas les sources).
}
export-disputes = { $n ->
    [one] { $n } événement : les divergences entre sources sont intégrées à son texte.
   *[other] { $n } événements : les divergences entre sources sont intégrées à leur texte.
}
export-notes = { $n ->
    [one] { $n } événement : la note de la rédaction est intégrée à son texte (TimelineJS ne gère pas les notes).
   *[other] { $n } événements : les notes de la rédaction sont intégrées à leur texte (TimelineJS ne gère pas les notes).
}
export-people-of = { $n ->
    [one] { $n } événement : les personnes sont intégrées à son texte (TimelineJS ne gère pas les personnes).
   *[other] { $n } événements : les personnes sont intégrées à leur texte (TimelineJS ne gère pas les personnes).
}
export-categories = { $n ->
    [one] { $n } événement : les catégories après la première sont intégrées à son texte (TimelineJS ne donne qu’un groupe par événement).
   *[other] { $n } événements : les catégories après la première sont intégrées à leur texte (TimelineJS ne donne qu’un groupe par événement).
}
export-circa = { $n ->
    [one] { $n } date approximative dotée de sa propre date d’affichage perd la mention « vers » (la date d’affichage est conservée).
   *[other] { $n } dates approximatives dotées de leur propre date d’affichage perdent la mention « vers » (la date d’affichage est conservée).
}
export-left-sources = la liste des sources ({ $n }, intégrée au texte du titre)
export-left-people = les rôles et autres noms des personnes ({ $n })
export-left-tours = les parcours ({ $n })
export-left-categories = les couleurs, symboles et descriptions des catégories
export-left-eras = les notes et sources des périodes
export-left-window = la période sur laquelle la frise s’ouvre
# $what est une liste des export-left-* ci-dessus.
export-no-place = TimelineJS ne peut pas conserver { $what }.
export-sheet-ids = Un tableur n’a pas de colonne pour les identifiants des événements : s’il est réimporté, les événements sont identifiés d’après leur titre.
# Lignes écrites dans le texte d’un événement exporté.
export-also-in = Également dans : { $names }.
export-people = Personnes : { $names }.
export-sources-say = Ce que disent les sources :
export-citation = { $source } ({ $section }, paragraphe { $paragraph }) : { $says }
# $claims : les valeurs, chacune avec les documents qui la donnent.
export-differ = Les sources divergent sur { $about } : { $claims }.
export-note = Note de la rédaction : { $note }
# En tête de la liste des sources écrite dans le texte du titre.
export-sources = Sources :
