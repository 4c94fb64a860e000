# The event panel.

# Buttons of the panel's bar: the event before and after in time order.
panel-previous = Poprzednie
panel-next = Następne
# Where the open event stands when the filters leave it out.
panel-not-in-filter = poza filtrem
# Accessible name of the ✕ button of a panel or a dialog.
close-escape = Zamknij (Escape)
# The list view: a mark on events where the source documents disagree.
list-differ = źródła się różnią
# The body of the event panel.

# Where a document says it: "Section “Summary of Event”, paragraph 3".
panel-locator = Sekcja „{ $section }”, akapit { $paragraph }
panel-differ = Źródła się różnią
# After a disputed value: the documents that give it.
panel-according-to = według: { $who }
panel-note = Uwaga redakcji:{ " " }
panel-sources-heading = Co mówią źródła ({ $n })
panel-people = Osoby
# Tooltip of a person's button; $name is the person.
panel-person-title = Pokaż tylko wydarzenia z udziałem tej osoby: { $name }
panel-related = Powiązane wydarzenia
panel-link = Link do tego wydarzenia
panel-corroborate = Skonfrontuj źródła
# A document's provenance, folded under its card.
provenance-summary = O tym dokumencie
provenance-field = { $field ->
    [author] Autor lub wydawca
    [date] Data
    [audience] Adresat
    [purpose] Cel
   *[based-on] Oparty na
}
# Names of the parts of an event, shown on a projected slide's pages ("sources differ 2/5").
part-summary = streszczenie
part-differ = źródła się różnią
part-note = uwaga redakcji
part-sources = źródła
# Media of a class's own timeline (images, videos, quotations, links). Nothing is loaded
# from another site until the reader asks. $what is "image" or "video"; $host a website.
media-consent = { $what ->
    [image] Obraz
   *[video] Film
} z { $host }. Dopóki o to nie poprosisz, nic nie jest wczytywane z tej witryny.
media-show = { $what ->
    [image] Pokaż obraz
   *[video] Pokaż film
}
# What a screen reader says for an image or video that has no description.
media-from-label = { $what ->
    [image] Obraz
   *[video] Film
} z { $host }
media-always = Zawsze pokazuj multimedia z tej osi czasu
media-another-site = innej witryny
# A link card to a Wikipedia article: $lang is its language code, $article its title.
media-wikipedia = Wikipedia ({ $lang }): { $article }
media-link = Link: { $host }
# $reason is one of the media-* reasons below.
media-refused = Multimedia z pliku nie są wyświetlane: { $reason }
# In a printed handout: "Image (upload.wikimedia.org)".
media-line = { $what ->
    [image] Obraz
    [video] Film
   *[link] Link
} ({ $host })
# Why a media item is not shown. $address is what the file gives.
media-no-address = Brak adresu multimediów.
media-nothing = Brak adresu multimediów lub cytatu.
media-spaces = Adres „{ $address }” zawiera spacje.
media-relative = Adres względny „{ $address }” nie jest wyświetlany: nie wiadomo, jaki jest adres samego pliku, względem którego należy go odczytać (wpisz pełny adres https://).
media-insecure = Adres { $address } nie jest bezpieczny (http://): wyświetlane są tylko multimedia z adresów https://.
media-scheme = Adres typu „{ $scheme }:” nie jest wyświetlany.
media-unusable = „{ $address }” nie jest poprawnym adresem.
# Shown in place of media. $host is a website.
media-offline = { $what ->
    [image] Jesteś offline: ten obraz pochodzi z { $host } i wymaga połączenia z siecią.
   *[video] Jesteś offline: ten film pochodzi z { $host } i wymaga połączenia z siecią.
}
media-failed = Nie udało się wczytać obrazu z { $host }.
part-media = multimedia
# A guided tour's box above the event.
tour-label = Wycieczka
tour-step = Krok { $number } z { $total }
tour-filters = Twoje filtry pozostają włączone: kroki spoza nich też są pokazywane.
tour-end = Zakończ wycieczkę
part-tour = wycieczka
media-iframe = Osadzona ramka (<iframe>) z pliku nie jest wyświetlana.
# $tag is an HTML tag's name.
media-markup = Znaczniki (<{ $tag }>) w adresie multimediów nie są wyświetlane.
