# La fiche imprimée.

# Ce qui est imprimé : $all vaut « 95 événements », $filters les filtres en cours.
print-one-event = Un événement, en intégralité
print-all = Tous les événements ({ $n })
print-some = { $shown } sur { $all } — { $filters }
# Le tableau comparatif sur papier ; $scope est l’un des trois messages ci-dessus.
print-table-scope = { $scope } : ce que dit chaque source
# Suivi de l’adresse de la page. $date est la date du jour.
print-printed = Imprimé le { $date } depuis
# $about est le point sur lequel les sources divergent.
print-differ-on = Les sources divergent sur { $about } :{ " " }
print-people = Personnes : { $names }
# En-tête de la première colonne du tableau comparatif imprimé.
print-event = Événement
print-sources = Les sources
