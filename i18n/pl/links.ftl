# The filters in words (a handout's head, an activity's scope).
# Between names: "The army or The party".
filter-or = { " " }lub{ " " }
filter-categories = Kategorie: { $names }
filter-people = Osoby: { $names }
filter-sources = Źródła: { $names }
filter-search = Wyszukiwanie: „{ $text }”
filter-differ = Tylko tam, gdzie źródła się różnią
# Notices about a link's parts that were ignored. $key is a link parameter's name
# ("event", "from"), $value what the link gives, $id an id it names.
link-too-long = Ten link jest za długi (znaków: { $n }); odczytano tylko pierwsze { $read }.
link-too-many = { $n ->
    [one] Pominięto { $n } dodatkowy parametr
    [few] Pominięto { $n } dodatkowe parametry
    [many] Pominięto { $n } dodatkowych parametrów
   *[other] Pominięto { $n } dodatkowego parametru
}: z linku odczytuje się najwyżej { $most } parametrów.
link-needs-activity = Pominięto { $key }: działa tylko razem z ćwiczeniem.
link-window-reversed = Pominięto przedział czasu: „to” jest wcześniej niż „from”.
link-window-half = Pominięto przedział czasu: wymaga obu parametrów, „from” i „to”.
link-unknown-parameter = Pominięto nieznany parametr linku „{ $key }”.
link-no-event = Na tej osi czasu nie ma wydarzenia „{ $id }”.
link-no-event-corroborate = Na tej osi czasu nie ma wydarzenia „{ $id }”, a ćwiczenie „Skonfrontuj źródła” go wymaga.
link-corroborate-needs-event = Pominięto activity=corroborate: to ćwiczenie wymaga wydarzenia (event=…).
link-no-tour = Na tej osi czasu nie ma wycieczki „{ $id }”.
link-tour-steps = { $n ->
    [one] Wycieczka ma { $n } krok; zaczyna się od kroku 1.
    [few] Wycieczka ma { $n } kroki; zaczyna się od kroku 1.
    [many] Wycieczka ma { $n } kroków; zaczyna się od kroku 1.
   *[other] Wycieczka ma { $n } kroku; zaczyna się od kroku 1.
}
# $step is the event the tour's step opens.
link-event-vs-step = Pominięto wydarzenie „{ $id }”: krok wycieczki z linku otwiera „{ $step }”.
link-step-needs-tour = Pominięto parametr step: działa tylko razem z wycieczką.
# $what is the kind of thing the link names.
link-no-such = { $what ->
    [category] Na tej osi czasu nie ma kategorii „{ $id }”.
    [person] Na tej osi czasu nie ma osoby „{ $id }”.
   *[source] Na tej osi czasu nie ma źródła „{ $id }”.
}
link-bad-step = Pominięto krok „{ $value }”: to nie jest numer kroku.
link-long-search = Pominięto tekst wyszukiwania: przekracza limit { $n } znaków.
link-bad-view = Pominięto view="{ $value }": użyj dim lub hide.
link-bad-mode = Pominięto mode="{ $value }": użyj timeline lub projection.
link-bad-activity = Pominięto activity="{ $value }": użyj order, sources lub corroborate.
link-bad-n = Pominięto n="{ $value }": podaj liczbę kart od { $min } do { $max }.
link-bad-seed = Pominięto seed="{ $value }": podaj liczbę całkowitą od 0 do { $max }.
link-bad-lang = Pominięto lang="{ $value }": podaj kod języka, np. en, fr lub pt-BR.
link-bad-id = Pominięto { $key } „{ $value }”: to nie jest poprawny identyfikator.
link-bad-one-id = Pominięto { $key } „{ $value }”: to nie jest poprawny identyfikator dla { $key }.
link-bad-flag = Pominięto { $key }="{ $value }": użyj 1 lub 0.
link-bad-date = Pominięto { $key }="{ $value }": daty zapisuje się jako RRRR, RRRR-MM lub RRRR-MM-DD.
# $why is one of the two reasons below.
link-bad-data = Pominięto parametr data „{ $value }”: { $why }
link-data-not-https = to nie jest poprawny adres https.
link-data-not-allowed = wczytać można tylko adresy https albo pliki .json i .csv z tej witryny (ścieżka względna).
# After three notices of one kind: how many more were left out.
notice-more = { $kind ->
    [dates] Pominięto kolejne daty (jeszcze { $n }).
    [invalid-ids] Pominięto kolejne nieprawidłowe identyfikatory (jeszcze { $n }).
    [unknown-events] Pominięto kolejne nieznane wydarzenia (jeszcze { $n }).
    [unknown-tours] Pominięto kolejne nieznane wycieczki (jeszcze { $n }).
    [unknown-categories] Pominięto kolejne nieznane kategorie (jeszcze { $n }).
    [unknown-people] Pominięto kolejne nieznane osoby (jeszcze { $n }).
    [unknown-sources] Pominięto kolejne nieznane źródła (jeszcze { $n }).
    [unknown-link-parameters] Pominięto kolejne nieznane parametry linku (jeszcze { $n }).
   *[parameters] Pominięto kolejne parametry (jeszcze { $n }).
}
