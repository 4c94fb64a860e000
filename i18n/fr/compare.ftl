# La position de chaque document source sur un événement (fiches du panneau, tableau comparatif).

# Le mot qu’une fiche ou une cellule affiche pour la position d’un document.
standing-word = { $standing ->
    [agrees] concorde
    [differs] diverge
    [only] seul
    [speaks] en parle
   *[silent] muet
}
# Ce que ce mot signifie (légende, infobulle).
standing-meaning = { $standing ->
    [agrees] concorde avec un autre document sur un point controversé
    [differs] donne sur un point controversé une version qu’aucun autre document ne donne
    [only] seul document à parler de l’événement
    [speaks] parle de l’événement, comme d’autres, sans point controversé relevé entre eux
   *[silent] ne dit rien de l’événement
}
# Des noms joints comme on les écrit : $first vaut « A » ou « A, B », $last le dernier nom.
names-and = { $first } et { $last }
# Un point controversé, après le nom d’un document : $who des documents, $about le point.
# Chacun commence par le mot ci-dessus, que le panneau met en gras.
point-agrees = concorde avec { $who } sur « { $about } »
point-differs = diverge de { $who } sur « { $about } »
point-alone = est le seul document à se prononcer sur « { $about } »
# Un document sur un événement, après son nom.
phrase-silent = ne dit rien de cet événement
phrase-only = est le seul document à parler de cet événement
# $points : une liste de points controversés comme ci-dessus, séparés par « ; ».
phrase-only-points = est le seul document à parler de cet événement ; { $points }
# $n : combien d’autres documents parlent de l’événement.
phrase-speaks = { $n ->
    [1] parle de cet événement, comme un autre document ; aucun point controversé n’est relevé
    [one] parle de cet événement, comme { $n } autre document ; aucun point controversé n’est relevé
   *[other] parle de cet événement, comme { $n } autres documents ; aucun point controversé n’est relevé
}
# La part de la frise dont parle un document : $years vaut « 1928–1937 ».
coverage = { $n ->
    [one] { $n } événement, { $years }
   *[other] { $n } événements, { $years }
}
coverage-none = aucun événement
# Les décomptes d’un en-tête de colonne : « concorde 2, diverge 5 ».
standing-count = { $standing ->
    [agrees] concorde { $n }
    [differs] diverge { $n }
    [only] seul { $n }
    [speaks] en parle { $n }
   *[silent] muet { $n }
}

# Le tableau comparatif : une ligne par événement, une colonne par document source.
compare-label = Ce que dit chaque source, événement par événement
compare-grid = Événements et sources
# Ce qu’un lecteur d’écran annonce avant le contenu d’une cellule : $source un document, $event le titre d’un événement.
compare-lead = { $source } sur « { $event } » :{ " " }
compare-lead-differ = { $source } sur « { $event } » (les sources divergent) :{ " " }
# Sous le nom d’un document : à qui il s’adresse.
compare-for = Destiné à : { $audience }
# De combien de lignes un document parle : $count sur $n, sur la période $years.
compare-speaks-of = { $count } sur { $n } : { $years }
compare-silent-on-all = { $n ->
    [one] muet sur { $n }
   *[other] muet sur les { $n }
}
compare-open-card = { $name } : ouvrir sa fiche
# Une cellule dont le document ne dit rien de l’événement.
compare-silent = muet
# Quand le filtre par source retient certains documents : $names sont leurs noms.
compare-all-sources = Les { $total } sources ; le filtre retient { $names }.
compare-picked-sources = Seulement { $names }, selon le filtre ({ $shown } sources sur { $total }).
compare-only-picked = Seulement les sources retenues
compare-show-all = Afficher les { $total } sources
