# Les filtres en toutes lettres (en-tête d’une fiche, périmètre d’une activité).
# Entre deux noms : « L’armée ou Le parti ».
filter-or = { " " }ou{ " " }
filter-categories = Catégories : { $names }
filter-people = Personnes : { $names }
filter-sources = Sources : { $names }
filter-search = Recherche : « { $text } »
filter-differ = Seulement là où les sources divergent
# Avis sur les parties d’un lien qui ont été ignorées. $key est le nom d’un paramètre du lien
# (« event », « from »), $value ce que donne le lien, $id un identifiant qu’il nomme.
link-too-long = Ce lien compte { $n } caractères ; seuls les { $read } premiers ont été lus.
link-too-many = { $n ->
    [one] { $n } paramètre supplémentaire ignoré : un lien n’est lu que jusqu’à { $most } paramètres.
   *[other] { $n } paramètres supplémentaires ignorés : un lien n’est lu que jusqu’à { $most } paramètres.
}
link-needs-activity = Paramètre { $key } ignoré : il nécessite une activité.
link-window-reversed = Intervalle de dates ignoré : « to » précède « from ».
link-window-half = Intervalle de dates ignoré : il faut à la fois « from » et « to ».
link-unknown-parameter = Paramètre de lien inconnu ignoré : « { $key } ».
link-no-event = Aucun événement « { $id } » dans cette frise.
link-no-event-corroborate = Aucun événement « { $id } » dans cette frise : l’activité « Croiser les sources » en nécessite un.
link-corroborate-needs-event = Paramètre activity=corroborate ignoré : il nécessite un événement (event=…).
link-no-tour = Aucun parcours « { $id } » dans cette frise.
link-tour-steps = { $n ->
    [one] Le parcours compte { $n } étape ; départ à l’étape 1.
   *[other] Le parcours compte { $n } étapes ; départ à l’étape 1.
}
# $step est l’événement qu’ouvre l’étape du parcours.
link-event-vs-step = Événement « { $id } » ignoré : l’étape du parcours indiquée par le lien ouvre « { $step } ».
link-step-needs-tour = Paramètre step ignoré : il nécessite un parcours.
# $what est le type d’élément que nomme le lien.
link-no-such = { $what ->
    [category] Aucune catégorie « { $id } » dans cette frise.
    [person] Aucune personne « { $id } » dans cette frise.
   *[source] Aucune source « { $id } » dans cette frise.
}
link-bad-step = Paramètre step « { $value } » ignoré : ce n’est pas un numéro d’étape.
link-long-search = Texte de recherche ignoré : il dépasse { $n } caractères.
link-bad-view = Paramètre view="{ $value }" ignoré : utilisez dim ou hide.
link-bad-mode = Paramètre mode="{ $value }" ignoré : utilisez timeline ou projection.
link-bad-activity = Paramètre activity="{ $value }" ignoré : utilisez order, sources ou corroborate.
link-bad-n = Paramètre n="{ $value }" ignoré : indiquez un nombre de cartes, de { $min } à { $max }.
link-bad-seed = Paramètre seed="{ $value }" ignoré : indiquez un nombre entier de 0 à { $max }.
link-bad-lang = Paramètre lang="{ $value }" ignoré : indiquez un code de langue comme en, fr ou pt-BR.
link-bad-id = Paramètre { $key } « { $value } » ignoré : identifiant non valide.
link-bad-one-id = Paramètre { $key } « { $value } » ignoré : ce n’est pas un identifiant { $key } valide.
link-bad-flag = Paramètre { $key }="{ $value }" ignoré : utilisez 1 ou 0.
link-bad-date = Paramètre { $key }="{ $value }" ignoré : les dates s’écrivent AAAA, AAAA-MM ou AAAA-MM-JJ.
# $why est l’une des deux raisons ci-dessous.
link-bad-data = Données « { $value } » ignorées : { $why }
link-data-not-https = ce n’est pas une adresse https utilisable.
link-data-not-allowed = seules les adresses https, ou les fichiers .json et .csv de ce site (chemin relatif), peuvent être chargés.
# Après trois avis d’un même type : combien d’autres ont été omis.
notice-more = { $kind ->
    [dates] Autres dates ignorées : { $n }.
    [invalid-ids] Autres identifiants non valides ignorés : { $n }.
    [unknown-events] Autres événements inconnus ignorés : { $n }.
    [unknown-tours] Autres parcours inconnus ignorés : { $n }.
    [unknown-categories] Autres catégories inconnues ignorées : { $n }.
    [unknown-people] Autres personnes inconnues ignorées : { $n }.
    [unknown-sources] Autres sources inconnues ignorées : { $n }.
    [unknown-link-parameters] Autres paramètres de lien inconnus ignorés : { $n }.
   *[parameters] Autres paramètres ignorés : { $n }.
}
