# Words the whole interface shares: counted nouns.

count-events = { $n ->
    [one] { $n } wydarzenie
    [few] { $n } wydarzenia
    [many] { $n } wydarzeń
   *[other] { $n } wydarzenia
}
count-sources = { $n ->
    [one] { $n } źródło
    [few] { $n } źródła
    [many] { $n } źródeł
   *[other] { $n } źródła
}
count-problems = { $n ->
    [one] { $n } błąd
    [few] { $n } błędy
    [many] { $n } błędów
   *[other] { $n } błędu
}
# The language menu in the header (its accessible name).
header-language = Język interfejsu
# A part of the app that is fetched when needed did not arrive.
chunk-failed = Nie udało się wczytać tej części osi czasu. Sprawdź połączenie.
try-again = Spróbuj ponownie
# A value or a quotation set in quotation marks.
quoted = „{ $text }”
