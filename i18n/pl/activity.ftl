# The class activities.

# What each activity asks of the students (the activities dialog).
activity-about = { $kind ->
    [order] Wydarzenia bez dat do ułożenia w kolejności, w jakiej się rozpoczęły.
    [sources] Stwierdzenia z dokumentów: w którym dokumencie pada każde z nich?
   *[corroborate] Stwierdzenia o otwartym wydarzeniu, dokument po dokumencie: które potwierdzają inne dokumenty, którym przeczą, a które pojawiają się tylko w jednym dokumencie?
}
activity-open-first = Najpierw otwórz wydarzenie: w jego panelu jest przycisk „Skonfrontuj źródła”.
# $title is the open event's title.
activity-open-event = Otwarte wydarzenie: { $title }.
activity-dealt-from = { $n ->
    [one] Karty pochodzą z { $n } wydarzenia widocznego po zastosowaniu filtrów.
    [few] Karty wylosowano spośród { $n } wydarzeń widocznych po zastosowaniu filtrów.
    [many] Karty wylosowano spośród { $n } wydarzeń widocznych po zastosowaniu filtrów.
   *[other] Karty wylosowano spośród { $n } wydarzenia widocznego po zastosowaniu filtrów.
}
# $title is an activity's name.
activity-start = Rozpocznij „{ $title }”
activity-intro = Ćwiczenia powstają na podstawie dokumentów i bieżących filtrów. Każdy zestaw to link: udostępnij go, a każdy uczeń dostanie te same karty i wykona ćwiczenie na własnym urządzeniu. Nic nie jest nigdzie wysyłane.
# Followed by a number to choose.
activity-size = Liczba kart lub pytań w zestawie:{ " " }
# What to do, at the head of each activity.
activity-how = { $kind ->
    [order] Ułóż wydarzenia w kolejności, w jakiej się rozpoczęły, od najwcześniejszego. Przeciągnij kartę za uchwyt, użyj jej przycisków ↑ i ↓ albo przejdź do karty klawiszem Tab, naciśnij spację, aby ją podnieść, przesuń ją strzałkami i ponownie naciśnij spację, aby ją odłożyć.
    [sources] Każde z poniższych stwierdzeń pada tylko w jednym dokumencie. Wybierz dokument, w którym się pojawia.
   *[corroborate] Przyporządkuj każde stwierdzenie dokumentu o tym wydarzeniu: czy inny dokument podaje to samo, czy inny podaje coś innego, czy też występuje ono tylko w tym dokumencie? Następnie zaznacz dokumenty, które nic nie mówią o tym wydarzeniu.
}
# What a set was dealt from. $filters are the filters in use, "Army; Sources differ".
activity-of-all = { $n ->
    [one] jedynego wydarzenia
    [few] wszystkich { $n } wydarzeń
    [many] wszystkich { $n } wydarzeń
   *[other] wszystkich { $n } wydarzenia
}
activity-of-shown = { $n ->
    [one] jedynego pokazanego wydarzenia ({ $filters })
    [few] { $n } pokazanych wydarzeń ({ $filters })
    [many] { $n } pokazanych wydarzeń ({ $filters })
   *[other] { $n } pokazanego wydarzenia ({ $filters })
}
# $of is one of the two messages above.
activity-scope-order = { $n ->
    [one] { $n } wydarzenie spośród { $of }.
    [few] { $n } wydarzenia spośród { $of }.
    [many] { $n } wydarzeń spośród { $of }.
   *[other] { $n } wydarzenia spośród { $of }.
}
activity-scope-sources = { $n ->
    [one] { $n } stwierdzenie na podstawie { $of }.
    [few] { $n } stwierdzenia na podstawie { $of }.
    [many] { $n } stwierdzeń na podstawie { $of }.
   *[other] { $n } stwierdzenia na podstawie { $of }.
}
# An event with its date: "Kirov assassinated (1 Dec 1934)".
activity-event = { $title } ({ $date })
activity-change-filters = Zmień filtry albo wróć do osi czasu.
# In projection: how many answers the clicker has revealed.
activity-answers-shown = Pokazane odpowiedzi: { $n } z { $total } (Page Down pokazuje następną)
activity-new-set = Nowy zestaw
activity-print = Drukuj kartę pracy
activity-back = Wróć do osi czasu
activity-check = Sprawdź
# Putting events in order. $title is an event's title, $position its place, $total the cards.
order-put-down = Karta „{ $title }” odłożona na miejsce { $position } z { $total }.
order-picked-up = Karta „{ $title }” podniesiona, jest na miejscu { $position } z { $total }. Przesuwaj ją strzałkami, odłóż spacją.
order-put-back = Karta „{ $title }” wróciła na miejsce { $position } z { $total }.
order-moved = Karta „{ $title }” przesunięta na miejsce { $position } z { $total }.
order-right-place = Na właściwym miejscu
order-belongs-at = Powinna być na miejscu { $position }
order-move-up = Przesuń „{ $title }” wyżej
order-move-down = Przesuń „{ $title }” niżej
# A card's accessible name.
order-card = { $title }, miejsce { $position } z { $total }
order-drag = Przeciągnij, aby przesunąć
order-help = Spacja podnosi lub odkłada kartę, strzałki ją przesuwają, Escape odkłada ją z powrotem.
# Corroborating: where a claim belongs, said of it once checked.
corroborate-verdict = { $bin ->
    [agrees] Zgadza się z innym dokumentem.
    [differs] Różni się od innego dokumentu.
   *[only] Występuje tylko w tym dokumencie.
}
corroborate-silent-question = Które dokumenty nic nie mówią o tym wydarzeniu?
corroborate-also-said = Inne informacje o wydarzeniu (nieprzyporządkowane: dane nie mówią, czy inne dokumenty się z nimi zgadzają)
# Who says so? After the student's choice; then the document's name.
sources-right = Dobrze:{ " " }
sources-wrong = Nie ten:{ " " }
sources-said-by = tak mówi dokument{ " " }
# Followed by the other documents' versions of the claim.
sources-other-versions = Inne wersje:{ " " }
# The printed worksheet and its answer key.
sheet-order-how = Ponumeruj wydarzenia w kratkach w kolejności, w jakiej się rozpoczęły; 1 oznacza najwcześniejsze.
sheet-position = Miejsce
sheet-which-document = Który dokument tak mówi?
sheet-sources-how = Każde stwierdzenie pada tylko w jednym dokumencie. Wpisz, w którym. Dokumenty:
sheet-the-event = Wydarzenie: { $title } ({ $date }).
sheet-corroborate-how = Zaznacz, gdzie pasuje każde stwierdzenie: inny dokument się z nim zgadza, inny podaje coś innego albo występuje ono tylko w tym dokumencie.
sheet-silent-how = Zaznacz dokumenty, które nic nie mówią o tym wydarzeniu:
# Blanks for the student to fill in.
sheet-name = Imię i nazwisko
sheet-date = Data
# $address is the link to the same set.
sheet-same-set = Ten sam zestaw na ekranie: { $address }
# $title is the activity's name.
sheet-answer-key = Klucz odpowiedzi: { $title }
# Corroborating: the three places a claim can go.
bin-label = { $bin ->
    [agrees] zgadza się z innym dokumentem
    [differs] różni się
   *[only] tylko w tym dokumencie
}
# Why a claim belongs where it does, from the records. $name and $who are documents
# ($n how many), $value and $values what they give, $about what is disputed.
explain-only = Żaden inny dokument nie mówi o tym wydarzeniu – mówi o nim tylko { $name }.
explain-together = { $n ->
    [2] { $who }: oba dokumenty podają „{ $value }” w kwestii „{ $about }”.
    [one] { $who }: wszystkie te dokumenty podają „{ $value }” w kwestii „{ $about }”.
    [few] { $who }: wszystkie te dokumenty podają „{ $value }” w kwestii „{ $about }”.
    [many] { $who }: wszystkie te dokumenty podają „{ $value }” w kwestii „{ $about }”.
   *[other] { $who }: wszystkie te dokumenty podają „{ $value }” w kwestii „{ $about }”.
}
explain-gives = { $n ->
    [one] { $who } podaje { $values }
    [few] { $who } podają { $values }
    [many] { $who } podają { $values }
   *[other] { $who } podają { $values }
}
explain-alone = Żaden inny dokument nie podaje niczego w kwestii „{ $about }”: { $name } podaje { $values }.
# $others is a list of explain-gives, joined by "; ".
explain-value = { $name } podaje „{ $value }” w kwestii „{ $about }”; { $others }.
explain-silent = { $name } nic nie mówi o tym wydarzeniu.
explain-speaks-at = { $name } mówi o tym wydarzeniu ({ $section }, akapit { $paragraph }).
explain-speaks = { $name } mówi o tym wydarzeniu.
# Who says so? Where a document says it: "The Purges, paragraph 3".
answer-place = { $section }, akapit { $paragraph }
# Another document's version of a claim; $n is how many documents give it.
other-version = { $n ->
    [one] { $who } podaje „{ $value }”.
    [few] { $who } podają „{ $value }”.
    [many] { $who } podają „{ $value }”.
   *[other] { $who } podają „{ $value }”.
}
# The activities' names.
activity-title = { $kind ->
    [order] Ułóż w kolejności
    [sources] Kto tak mówi?
   *[corroborate] Skonfrontuj źródła
}
# The score once checked.
score-right = Dobrze: { $n } z { $total }
score-in-place = Na właściwym miejscu: { $n } z { $total }
# Why an activity cannot run.
activity-unavailable = { $why ->
    [no-events] Brak wydarzeń do ułożenia w kolejności.
    [undated] Z dat pokazanych wydarzeń nie da się ustalić, które było pierwsze: do układania potrzeba co najmniej dwóch wydarzeń o wyraźnie różnych datach.
    [no-sources] To ćwiczenie wymaga osi czasu z co najmniej dwoma dokumentami źródłowymi.
    [no-citations] To ćwiczenie wymaga wydarzeń, które powołują się na dokumenty źródłowe.
    [no-questions] Żadne z pokazanych wydarzeń nie zawiera stwierdzenia, które pada w dokładnie jednym dokumencie.
    [no-such-event] Na tej osi czasu nie ma takiego wydarzenia.
   *[uncited] To wydarzenie nie powołuje się na żaden dokument źródłowy, więc nie ma czego konfrontować.
}
# A link from an activity to an event's panel.
activity-open = Otwórz „{ $title }”
