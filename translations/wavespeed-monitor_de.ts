<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AddTasksDialog</name>
    <message>
        <source>Add Tasks</source>
        <translation>Aufgaben hinzufügen</translation>
    </message>
    <message>
        <source>Paste task IDs, prediction URLs or API responses. Every task ID found in the text is added.</source>
        <translation>Fügen Sie Aufgaben-IDs, Aufgaben-URLs oder API-Antworten ein. Jede im Text gefundene Aufgaben-ID wird hinzugefügt.</translation>
    </message>
    <message>
        <source>Text holding task IDs</source>
        <translation>Text mit Aufgaben-IDs</translation>
    </message>
    <message>
        <source>e.g. https://api.wavespeed.ai/api/v3/predictions/…/result</source>
        <translation>z. B. https://api.wavespeed.ai/api/v3/predictions/…/result</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Watch every task ID found in the text</source>
        <translation>Jede im Text gefundene Aufgaben-ID beobachten</translation>
    </message>
    <message>
        <source>No task IDs found yet.</source>
        <translation>Noch keine Aufgaben-IDs gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n task ID(s) found.</source>
        <translation>
            <numerusform>%n Aufgaben-ID gefunden.</numerusform>
            <numerusform>%n Aufgaben-IDs gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>“%1” is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The API base must not hold a user name, query or fragment.</source>
        <translation>Die API-Basisadresse darf weder Benutzernamen noch Abfrage oder Fragment enthalten.</translation>
    </message>
    <message>
        <source>Plain http is allowed only for loopback hosts; use https.</source>
        <translation>Unverschlüsseltes http ist nur für Loopback-Hosts erlaubt; verwenden Sie https.</translation>
    </message>
    <message>
        <source>The API base must be an https URL.</source>
        <translation>Die API-Basisadresse muss eine https-URL sein.</translation>
    </message>
    <message>
        <source>The reply is larger than %1 bytes.</source>
        <translation>Die Antwort ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>No complete reply within %1 seconds.</source>
        <translation>Keine vollständige Antwort innerhalb von %1 Sekunden.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>empty reply</source>
        <translation>leere Antwort</translation>
    </message>
    <message>
        <source>an HTML page instead of JSON</source>
        <translation>eine HTML-Seite statt JSON</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>JSON that is not an object</source>
        <translation>JSON, das kein Objekt ist</translation>
    </message>
    <message>
        <source>an unreadable envelope code</source>
        <translation>ein unlesbarer Antwortcode</translation>
    </message>
    <message>
        <source>JSON without the documented envelope</source>
        <translation>JSON ohne den dokumentierten Antwortrahmen</translation>
    </message>
    <message>
        <source>API code %1</source>
        <translation>API-Code %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>Kein Fehler.</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>Der API-Schlüssel wurde abgelehnt</translation>
    </message>
    <message>
        <source>The API key was rejected (%1)</source>
        <translation>Der API-Schlüssel wurde abgelehnt (%1)</translation>
    </message>
    <message>
        <source>The task was not found</source>
        <extracomment>Predictions are deleted by WaveSpeed after 7 days, which is the usual cause.</extracomment>
        <translation>Die Aufgabe wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The task was not found (%1)</source>
        <translation>Die Aufgabe wurde nicht gefunden (%1)</translation>
    </message>
    <message>
        <source>Rate limited by the API; retrying in %1 s</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>Anfragelimit der API erreicht; neuer Versuch in %1 s</translation>
    </message>
    <message>
        <source>Rate limited by the API; retrying later</source>
        <translation>Anfragelimit der API erreicht; neuer Versuch später</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Server error (%1)</source>
        <translation>Serverfehler (%1)</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>The API did not answer in time</source>
        <translation>Die API hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The API sent an unreadable answer</source>
        <translation>Die API hat eine unlesbare Antwort gesendet</translation>
    </message>
    <message>
        <source>The API answered with a redirect, not followed</source>
        <extracomment>The key is never sent to another address, so redirects are not followed.</extracomment>
        <translation>Die API hat mit einer Weiterleitung geantwortet, der nicht gefolgt wurde</translation>
    </message>
    <message>
        <source>The API answered with a redirect (%1), not followed</source>
        <translation>Die API hat mit einer Weiterleitung (%1) geantwortet, der nicht gefolgt wurde</translation>
    </message>
    <message>
        <source>The API refused the request</source>
        <translation>Die API hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>The API refused the request (%1)</source>
        <translation>Die API hat die Anfrage abgelehnt (%1)</translation>
    </message>
    <message>
        <source>Refusing to send the API key over plain HTTP to a non-local address</source>
        <translation>Der API-Schlüssel wird nicht über unverschlüsseltes HTTP an eine nicht lokale Adresse gesendet</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>An error sentence without further detail from the server</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An error sentence, then the server&apos;s or the network&apos;s own words</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ApiKeyEditor</name>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Your WaveSpeed API key, from wavespeed.ai under Access Keys</source>
        <translation>Ihr WaveSpeed-API-Schlüssel, zu finden auf wavespeed.ai unter „Access Keys“</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>reveal the API key</comment>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the characters of the key</source>
        <translation>Die Zeichen des Schlüssels anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>&amp;Check key</source>
        <translation>Schlüssel &amp;prüfen</translation>
    </message>
    <message>
        <source>Check the API key</source>
        <translation>API-Schlüssel prüfen</translation>
    </message>
    <message>
        <source>Ask the WaveSpeed API whether it accepts this key</source>
        <translation>Bei der WaveSpeed-API nachfragen, ob sie diesen Schlüssel akzeptiert</translation>
    </message>
    <message>
        <source>Key check result</source>
        <translation>Ergebnis der Schlüsselprüfung</translation>
    </message>
    <message>
        <source>What the API answered to the last key check</source>
        <translation>Die Antwort der API auf die letzte Schlüsselprüfung</translation>
    </message>
    <message>
        <source>Hide</source>
        <comment>hide the API key</comment>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Warnung zum Schlüsselbund</translation>
    </message>
    <message>
        <source>Keep the key for this &amp;session only</source>
        <translation>Schlüssel nur für diese Sit&amp;zung behalten</translation>
    </message>
    <message>
        <source>Forget the key when the application quits</source>
        <translation>Den Schlüssel beim Beenden der Anwendung verwerfen</translation>
    </message>
    <message>
        <source>Store it &amp;unencrypted in the settings file (anyone who can read your files can use your key)</source>
        <translation>&amp;Unverschlüsselt in der Einstellungsdatei speichern (wer Ihre Dateien lesen kann, kann Ihren Schlüssel verwenden)</translation>
    </message>
    <message>
        <source>Write the key into the settings file as plain text</source>
        <translation>Den Schlüssel als Klartext in die Einstellungsdatei schreiben</translation>
    </message>
    <message>
        <source>The key from the WAVESPEED_API_KEY environment variable is in use; unset it to use a saved key.</source>
        <translation>Der Schlüssel aus der Umgebungsvariable WAVESPEED_API_KEY wird verwendet; entfernen Sie die Variable, um einen gespeicherten Schlüssel zu verwenden.</translation>
    </message>
    <message>
        <source>The key is stored unencrypted in the settings file.</source>
        <translation>Der Schlüssel ist unverschlüsselt in der Einstellungsdatei gespeichert.</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>Der Schlüssel wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain.</source>
        <translation>Der Schlüssel wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Enter a key to check.</source>
        <translation>Geben Sie einen Schlüssel zum Prüfen ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The API rejected this key</source>
        <translation>Die API hat diesen Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>Key accepted</source>
        <translation>Schlüssel akzeptiert</translation>
    </message>
    <message>
        <source>Key accepted · balance $%1</source>
        <extracomment>%1 is the account balance in US dollars, e.g. 12.50</extracomment>
        <translation>Schlüssel akzeptiert · Guthaben %1 $</translation>
    </message>
    <message>
        <source>This does not look like a WaveSpeed API key.</source>
        <translation>Das sieht nicht nach einem WaveSpeed-API-Schlüssel aus.</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>Schlüssel wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar.</translation>
    </message>
    <message>
        <source>No system keychain is available. Choose where to keep the key, then press OK.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar. Wählen Sie, wo der Schlüssel aufbewahrt werden soll, und klicken Sie dann auf „OK“.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Watches WaveSpeedAI prediction tasks until they end, and saves their outputs.</source>
        <translation>Beobachtet WaveSpeedAI-Aufgaben, bis sie enden, und speichert ihre Ausgaben.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Task IDs, or any text, URL or JSON holding them; &quot;-&quot; reads standard input.</source>
        <translation>Aufgaben-IDs oder beliebiger Text, URLs oder JSON, die sie enthalten; „-“ liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>[TEXT ...]</source>
        <translation>[TEXT …]</translation>
    </message>
    <message>
        <source>API root (default https://api.wavespeed.ai, or WAVESPEED_API_BASE); plain http only for loopback hosts.</source>
        <translation>Basisadresse der API (Standard: https://api.wavespeed.ai oder WAVESPEED_API_BASE); unverschlüsseltes http nur für Loopback-Hosts.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Save every output of each completed task into DIR.</source>
        <translation>Alle Ausgaben jeder abgeschlossenen Aufgabe in ORDNER speichern.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Stop watching a task after this long (default %1).</source>
        <translation>Eine Aufgabe nach so vielen Sekunden nicht mehr beobachten (Standard: %1).</translation>
    </message>
    <message>
        <source>SECS</source>
        <translation>SEK</translation>
    </message>
    <message>
        <source>One JSON object per line on standard output.</source>
        <translation>Ein JSON-Objekt pro Zeile auf der Standardausgabe ausgeben.</translation>
    </message>
    <message>
        <source>Run against the built-in simulated API; no key needed.</source>
        <translation>Mit der eingebauten simulierten API ausführen; kein Schlüssel nötig.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Invalid API base %1: %2</source>
        <translation>Ungültige API-Basisadresse %1: %2</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to %1, not “%2”.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden von 1 bis %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>--download needs a folder.</source>
        <translation>--download benötigt einen Ordner.</translation>
    </message>
    <message>
        <source>When the run ends, write every watched task to FILE as JSON (status, outputs, error, saved paths).</source>
        <translation>Am Ende des Laufs alle beobachteten Aufgaben als JSON in DATEI schreiben (Status, Ausgaben, Fehler, Speicherpfade).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Also watch every task of the account created within DURATION (e.g. 90m, 24h, 3d; units s, m, h, d; at most 7d).</source>
        <translation>Zusätzlich alle Aufgaben des Kontos beobachten, die innerhalb von DAUER erstellt wurden (z. B. 90m, 24h, 3d; Einheiten s, m, h, d; höchstens 7d).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>--import-since takes a whole positive number with a unit s, m, h or d, of at most 7 days (e.g. 90m, 24h, 3d), not “%1”.</source>
        <translation>--import-since erwartet eine positive ganze Zahl mit der Einheit s, m, h oder d, höchstens 7 Tage (z. B. 90m, 24h, 3d), nicht „%1“.</translation>
    </message>
    <message>
        <source>--export needs a file name.</source>
        <translation>--export benötigt einen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Cannot create the download folder %1.</source>
        <translation>Der Download-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>No task ID found in the input.</source>
        <translation>In der Eingabe wurde keine Aufgaben-ID gefunden.</translation>
    </message>
    <message>
        <source>No API key: set %1, or save a key in the desktop app.</source>
        <translation>Kein API-Schlüssel: Setzen Sie %1 oder speichern Sie einen Schlüssel in der Desktop-Anwendung.</translation>
    </message>
    <message>
        <source>(System keychain: %1)</source>
        <translation>(Schlüsselbund des Systems: %1)</translation>
    </message>
    <message>
        <source>The simulated API could not start: %1</source>
        <translation>Die simulierte API konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Es kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>Demo: a simulated WaveSpeed API runs at %1; no key needed.</source>
        <translation>Demo: Eine simulierte WaveSpeed-API läuft unter %1; kein Schlüssel nötig.</translation>
    </message>
    <message>
        <source>Demo: outputs are saved into %1</source>
        <translation>Demo: Ausgaben werden in %1 gespeichert</translation>
    </message>
    <message>
        <source>The simulator refused a demo task: %1</source>
        <translation>Der Simulator hat eine Demo-Aufgabe abgelehnt: %1</translation>
    </message>
    <message>
        <source>No demo task could be submitted.</source>
        <translation>Es konnte keine Demo-Aufgabe übermittelt werden.</translation>
    </message>
    <message>
        <source>The API rejected the key. Check %1 or the key saved in the desktop app.</source>
        <translation>Die API hat den Schlüssel abgelehnt. Prüfen Sie %1 oder den in der Desktop-Anwendung gespeicherten Schlüssel.</translation>
    </message>
    <message>
        <source>The account&apos;s tasks could not be listed: %1</source>
        <translation>Die Aufgaben des Kontos konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Import from the account: no tasks found since %1.</source>
        <translation>Import aus dem Konto: Seit %1 wurden keine Aufgaben gefunden.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The system keychain did not answer</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet</translation>
    </message>
    <message>
        <source>This does not look like a WaveSpeed API key.</source>
        <translation>Das sieht nicht nach einem WaveSpeed-API-Schlüssel aus.</translation>
    </message>
    <message>
        <source>The key could not be saved in the system keychain: %1</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund des Systems gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The key could not be removed from the system keychain: %1</source>
        <translation>Der Schlüssel konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>Downloader</name>
    <message>
        <source>The output host refused the connection</source>
        <translation>Der Server der Ausgabe hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>The output host closed the connection early</source>
        <translation>Der Server der Ausgabe hat die Verbindung vorzeitig getrennt</translation>
    </message>
    <message>
        <source>The output host was not found</source>
        <translation>Der Server der Ausgabe wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The connection to the output host timed out</source>
        <translation>Zeitüberschreitung bei der Verbindung zum Server der Ausgabe</translation>
    </message>
    <message>
        <source>The secure connection to the output host failed</source>
        <translation>Die sichere Verbindung zum Server der Ausgabe ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The network is not available</source>
        <translation>Das Netzwerk ist nicht verfügbar</translation>
    </message>
    <message>
        <source>The proxy failed to fetch the output</source>
        <translation>Der Proxy konnte die Ausgabe nicht abrufen</translation>
    </message>
    <message>
        <source>Network error %1 while fetching the output</source>
        <extracomment>%1 is Qt&apos;s numeric network error code</extracomment>
        <translation>Netzwerkfehler %1 beim Abrufen der Ausgabe</translation>
    </message>
    <message>
        <source>The output host sent nothing for %1 seconds</source>
        <translation>Der Server der Ausgabe hat %1 Sekunden lang nichts gesendet</translation>
    </message>
    <message>
        <source>HTTP %1 from the output host</source>
        <translation>HTTP %1 vom Server der Ausgabe</translation>
    </message>
    <message>
        <source>Redirected more than %1 times</source>
        <translation>Mehr als %1-mal weitergeleitet</translation>
    </message>
    <message>
        <source>Refused to follow a redirect from https to http</source>
        <translation>Einer Weiterleitung von https auf http wurde nicht gefolgt</translation>
    </message>
    <message>
        <source>The output address is not a web address</source>
        <translation>Die Adresse der Ausgabe ist keine Webadresse</translation>
    </message>
    <message>
        <source>Only http and https addresses can be saved, not &quot;%1&quot;</source>
        <translation>Nur http- und https-Adressen können gespeichert werden, nicht „%1“</translation>
    </message>
    <message>
        <source>Received %1 bytes but the server announced %2</source>
        <translation>%1 Byte empfangen, angekündigt hatte der Server aber %2</translation>
    </message>
    <message>
        <source>Not enough free space in %1: the output needs %2, only %3 are free</source>
        <extracomment>%1 is a folder, %2 and %3 are sizes such as &quot;1.5 GiB&quot;</extracomment>
        <translation>Nicht genug freier Speicherplatz in %1: Die Ausgabe benötigt %2, frei sind nur %3</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason, e.g. &quot;No space left on device&quot;</extracomment>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No free file name left for this output in %1</source>
        <translation>In %1 ist kein freier Dateiname für diese Ausgabe mehr übrig</translation>
    </message>
</context>
<context>
    <name>EventWriter</name>
    <message numerus="yes">
        <source>%1  completed  %n output(s)</source>
        <translation>
            <numerusform>%1  abgeschlossen  %n Ausgabe</numerusform>
            <numerusform>%1  abgeschlossen  %n Ausgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>, inference %1 s</source>
        <translation>, Inferenz %1 s</translation>
    </message>
    <message>
        <source>%1  saved %2 (%3 bytes)</source>
        <translation>%1  %2 gespeichert (%3 Byte)</translation>
    </message>
    <message>
        <source>%1  download failed: %2</source>
        <translation>%1  Download fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <source>A search is already under way.</source>
        <translation>Es läuft bereits eine Suche.</translation>
    </message>
</context>
<context>
    <name>HistoryQuery</name>
    <message>
        <source>Choose when the range starts and when it ends.</source>
        <translation>Wählen Sie Beginn und Ende des Zeitraums.</translation>
    </message>
    <message>
        <source>A page holds from 1 to %1 tasks.</source>
        <translation>Eine Seite umfasst 1 bis %1 Aufgaben.</translation>
    </message>
    <message>
        <source>The range starts after it ends.</source>
        <translation>Der Zeitraum beginnt erst nach seinem Ende.</translation>
    </message>
    <message>
        <source>a list of tasks that is not an object</source>
        <translation>eine Aufgabenliste, die kein Objekt ist</translation>
    </message>
    <message numerus="yes">
        <source>The API keeps tasks for %n day(s) only: choose a start within the last %n day(s).</source>
        <translation>
            <numerusform>Die API bewahrt Aufgaben nur %n Tag lang auf: Wählen Sie einen Beginn innerhalb des letzten Tages.</numerusform>
            <numerusform>Die API bewahrt Aufgaben nur %n Tage lang auf: Wählen Sie einen Beginn innerhalb der letzten %n Tage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageFetch</name>
    <message>
        <source>the output is not an image this app can show</source>
        <translation>die Ausgabe ist kein Bild, das diese Anwendung anzeigen kann</translation>
    </message>
    <message>
        <source>the image is too large to preview (%1 × %2 pixels)</source>
        <translation>das Bild ist für eine Vorschau zu groß (%1 × %2 Pixel)</translation>
    </message>
    <message>
        <source>the image could not be decoded (%1)</source>
        <translation>das Bild konnte nicht dekodiert werden (%1)</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Output image</source>
        <translation>Ausgabebild</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Recent Tasks</source>
        <translation>Letzte Aufgaben importieren</translation>
    </message>
    <message numerus="yes">
        <source>Search stopped; %n task(s) found so far.</source>
        <translation>
            <numerusform>Suche abgebrochen; bisher %n Aufgabe gefunden.</numerusform>
            <numerusform>Suche abgebrochen; bisher %n Aufgaben gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no API key yet. Enter one in Settings to find your tasks.</source>
        <translation>Es gibt noch keinen API-Schlüssel. Geben Sie in den Einstellungen einen ein, um Ihre Aufgaben zu finden.</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Erstellt bis</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>task status</comment>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>task status</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>task status</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Processing</source>
        <comment>task status</comment>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>task status</comment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>Beliebiges Modell</translation>
    </message>
    <message>
        <source>A model ID such as wavespeed-ai/flux-dev; empty for any</source>
        <translation>Eine Modell-ID wie wavespeed-ai/flux-dev; leer für beliebige Modelle</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>List the account&apos;s tasks in this range</source>
        <translation>Die Aufgaben des Kontos in diesem Zeitraum auflisten</translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation>Suchfortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>search</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop searching; the tasks found so far stay listed</source>
        <translation>Suche abbrechen; die bisher gefundenen Aufgaben bleiben aufgelistet</translation>
    </message>
    <message>
        <source>Tasks found</source>
        <translation>Gefundene Aufgaben</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>Watch the checked tasks</source>
        <translation>Die angehakten Aufgaben beobachten</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message numerus="yes">
        <source>Found %n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe gefunden</numerusform>
            <numerusform>%n Aufgaben gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Found %1 of %2</source>
        <extracomment>%1 tasks found so far of %2 in all</extracomment>
        <translation>%1 von %2 gefunden</translation>
    </message>
    <message>
        <source>Already watched</source>
        <translation>Wird bereits beobachtet</translation>
    </message>
    <message>
        <source>No tasks found in this range.</source>
        <translation>In diesem Zeitraum wurden keine Aufgaben gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) found.</source>
        <translation>
            <numerusform>%n Aufgabe gefunden.</numerusform>
            <numerusform>%n Aufgaben gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API rejected the key. Open Settings to enter another one.</source>
        <translation>Die API hat den Schlüssel abgelehnt. Öffnen Sie die Einstellungen, um einen anderen einzugeben.</translation>
    </message>
    <message>
        <source>The account&apos;s tasks could not be listed: %1</source>
        <translation>Die Aufgaben des Kontos konnten nicht abgerufen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Task(s)</source>
        <translation>
            <numerusform>%n Aufgabe &amp;hinzufügen</numerusform>
            <numerusform>%n Aufgaben &amp;hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Tasks</source>
        <translation>Aufgaben &amp;hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) found, %1 of them already watched.</source>
        <translation>
            <numerusform>%n Aufgabe gefunden, davon %1 bereits beobachtet.</numerusform>
            <numerusform>%n Aufgaben gefunden, davon %1 bereits beobachtet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The task list cannot be kept between runs: %1</source>
        <translation>Die Aufgabenliste kann nicht bis zum nächsten Start aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>The API rejected the key. Open Settings to enter another one.</source>
        <translation>Die API hat den Schlüssel abgelehnt. Öffnen Sie die Einstellungen, um einen anderen einzugeben.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Search ID, model or error</source>
        <translation>ID, Modell oder Fehler suchen</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Aufgaben durchsuchen</translation>
    </message>
    <message>
        <source>Show only tasks whose ID, model or error contains this text</source>
        <translation>Nur Aufgaben anzeigen, deren ID, Modell oder Fehler diesen Text enthält</translation>
    </message>
    <message>
        <source>Show tasks by state</source>
        <translation>Aufgaben nach Zustand anzeigen</translation>
    </message>
    <message>
        <source>Show only tasks in these states</source>
        <translation>Nur Aufgaben in diesen Zuständen anzeigen</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Invalid API base %1: %2</source>
        <translation>Ungültige API-Basisadresse %1: %2</translation>
    </message>
    <message>
        <source>No API key yet. Open Settings to enter one.</source>
        <translation>Noch kein API-Schlüssel. Öffnen Sie die Einstellungen, um einen einzugeben.</translation>
    </message>
    <message>
        <source>The simulated API could not start: %1</source>
        <translation>Die simulierte API konnte nicht gestartet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Demo: %n sample task(s) submitted to the simulated API.</source>
        <translation>
            <numerusform>Demo: %n Beispielaufgabe an die simulierte API übermittelt.</numerusform>
            <numerusform>Demo: %n Beispielaufgaben an die simulierte API übermittelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo: the simulator refused a task: %1</source>
        <translation>Demo: Der Simulator hat eine Aufgabe abgelehnt: %1</translation>
    </message>
    <message>
        <source>&amp;Add Tasks…</source>
        <translation>Aufgaben &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Paste task IDs, URLs or API responses to watch</source>
        <translation>Aufgaben-IDs, URLs oder API-Antworten zum Beobachten einfügen</translation>
    </message>
    <message>
        <source>&amp;Paste Tasks</source>
        <translation>Aufgaben ein&amp;fügen</translation>
    </message>
    <message>
        <source>Watch every task ID in the clipboard</source>
        <translation>Jede Aufgaben-ID aus der Zwischenablage beobachten</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>Save every output of the selected tasks into the download folder</source>
        <translation>Alle Ausgaben der ausgewählten Aufgaben im Download-Ordner speichern</translation>
    </message>
    <message>
        <source>Download All &amp;Completed</source>
        <translation>&amp;Alle abgeschlossenen herunterladen</translation>
    </message>
    <message>
        <source>Save the outputs of every completed task not saved yet</source>
        <translation>Die Ausgaben aller abgeschlossenen, noch nicht gespeicherten Aufgaben speichern</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Open the folder the outputs were saved in</source>
        <translation>Den Ordner öffnen, in dem die Ausgaben gespeichert wurden</translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>Check the selected tasks as soon as their minimum interval allows</source>
        <translation>Die ausgewählten Aufgaben prüfen, sobald es ihr Mindestabstand erlaubt</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Stop or resume checking the selected tasks</source>
        <translation>Das Prüfen der ausgewählten Aufgaben anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Stop watching the selected tasks and remove them</source>
        <translation>Die ausgewählten Aufgaben nicht mehr beobachten und entfernen</translation>
    </message>
    <message>
        <source>&amp;Copy IDs</source>
        <translation>IDs &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the IDs of the selected tasks</source>
        <translation>Die IDs der ausgewählten Aufgaben kopieren</translation>
    </message>
    <message>
        <source>&amp;Open Preview</source>
        <translation>&amp;Vorschau öffnen</translation>
    </message>
    <message>
        <source>Show the selected task in the preview pane</source>
        <translation>Die ausgewählte Aufgabe im Vorschaubereich anzeigen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Select every task in the table</source>
        <translation>Alle Aufgaben in der Tabelle auswählen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>API key, download folder and polling</source>
        <translation>API-Schlüssel, Download-Ordner und Abfragen</translation>
    </message>
    <message>
        <source>&amp;Preview Pane</source>
        <translation>&amp;Vorschaubereich</translation>
    </message>
    <message>
        <source>Show or hide the preview pane</source>
        <translation>Den Vorschaubereich ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit; unfinished tasks resume at the next start</source>
        <translation>Beenden; nicht abgeschlossene Aufgaben werden beim nächsten Start fortgesetzt</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Über</translation>
    </message>
    <message>
        <source>Version, licence and libraries</source>
        <translation>Version, Lizenz und Bibliotheken</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) removed.</source>
        <translation>
            <numerusform>%n Aufgabe entfernt.</numerusform>
            <numerusform>%n Aufgaben entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Watches WaveSpeedAI prediction tasks and saves their outputs.&lt;/p&gt;&lt;p&gt;MIT licence. Built with Qt %3 and QtKeychain.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Beobachtet WaveSpeedAI-Aufgaben und speichert ihre Ausgaben.&lt;/p&gt;&lt;p&gt;MIT-Lizenz. Erstellt mit Qt %3 und QtKeychain.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>No task IDs found in the dropped text.</source>
        <translation>Im abgelegten Text wurden keine Aufgaben-IDs gefunden.</translation>
    </message>
    <message>
        <source>No task IDs found in the clipboard.</source>
        <translation>In der Zwischenablage wurden keine Aufgaben-IDs gefunden.</translation>
    </message>
    <message>
        <source>No task IDs found in the text.</source>
        <translation>Im Text wurden keine Aufgaben-IDs gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) added</source>
        <translation>
            <numerusform>%n Aufgabe hinzugefügt</numerusform>
            <numerusform>%n Aufgaben hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already watched</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n wird bereits beobachtet</numerusform>
            <numerusform>%n werden bereits beobachtet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving the outputs of %n task(s) into %1</source>
        <translation>
            <numerusform>Die Ausgaben von %n Aufgabe werden in %1 gespeichert</numerusform>
            <numerusform>Die Ausgaben von %n Aufgaben werden in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: only completed tasks have outputs.</source>
        <translation>Nichts zu speichern: Nur abgeschlossene Aufgaben haben Ausgaben.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n output(s) of %1.</source>
        <translation>
            <numerusform>%n Ausgabe von %1 gespeichert.</numerusform>
            <numerusform>%n Ausgaben von %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save every output of %1: %2</source>
        <translation>Nicht alle Ausgaben von %1 konnten gespeichert werden: %2</translation>
    </message>
    <message>
        <source>&amp;Import Recent Tasks…</source>
        <translation>Letzte Aufgaben &amp;importieren…</translation>
    </message>
    <message>
        <source>Find the tasks of your account from the last 7 days and watch them</source>
        <translation>Die Aufgaben Ihres Kontos aus den letzten 7 Tagen suchen und beobachten</translation>
    </message>
    <message>
        <source>Save Everything About to &amp;Expire</source>
        <translation>Alle bald ablaufenden Ausgaben &amp;speichern</translation>
    </message>
    <message>
        <source>Save the outputs of every completed task that the API deletes within a day</source>
        <translation>Die Ausgaben aller abgeschlossenen Aufgaben speichern, die die API innerhalb eines Tages löscht</translation>
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation>Auswahl e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the selected tasks to a CSV or JSON file</source>
        <translation>Die ausgewählten Aufgaben in einer CSV- oder JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Export A&amp;ll…</source>
        <translation>&amp;Alle exportieren…</translation>
    </message>
    <message>
        <source>Save every task to a CSV or JSON file</source>
        <translation>Alle Aufgaben in einer CSV- oder JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown Table</source>
        <translation>Als &amp;Markdown-Tabelle kopieren</translation>
    </message>
    <message>
        <source>Copy the selected tasks, or every task when none is selected, as a Markdown table</source>
        <translation>Die ausgewählten Aufgaben als Markdown-Tabelle kopieren, oder alle Aufgaben, wenn keine ausgewählt ist</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n task(s) as a Markdown table.</source>
        <translation>
            <numerusform>%n Aufgabe als Markdown-Tabelle kopiert.</numerusform>
            <numerusform>%n Aufgaben als Markdown-Tabelle kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON-Datei (*.json)</translation>
    </message>
    <message>
        <source>Export Tasks</source>
        <translation>Aufgaben exportieren</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1</source>
        <translation>
            <numerusform>%n Aufgabe nach %1 exportiert</numerusform>
            <numerusform>%n Aufgaben nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: every output is saved already.</source>
        <translation>Nichts zu speichern: Alle Ausgaben sind bereits gespeichert.</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <extracomment>completed tasks whose unsaved outputs the API deletes within a day</extracomment>
        <translation>Läuft bald ab</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>The model list is not a list.</source>
        <translation>Die Modellliste ist keine Liste.</translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <source>The API rejected the key; every task is paused.</source>
        <translation>Die API hat den Schlüssel abgelehnt; alle Aufgaben sind pausiert.</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited by the API; every check waits %n second(s).</source>
        <translation>
            <numerusform>Anfragelimit der API erreicht; jede Prüfung wartet %n Sekunde.</numerusform>
            <numerusform>Anfragelimit der API erreicht; jede Prüfung wartet %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rate limit is over; checks resume.</source>
        <translation>Das Anfragelimit ist vorbei; die Prüfungen werden fortgesetzt.</translation>
    </message>
    <message>
        <source>%1 Checking again in %2 s.</source>
        <translation>%1 Neue Prüfung in %2 s.</translation>
    </message>
</context>
<context>
    <name>OutputFetch</name>
    <message>
        <source>the output host refused the connection</source>
        <translation>der Server der Ausgabe hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the output host was not found</source>
        <translation>der Server der Ausgabe wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the connection to the output host timed out</source>
        <translation>Zeitüberschreitung bei der Verbindung zum Server der Ausgabe</translation>
    </message>
    <message>
        <source>the secure connection to the output host failed</source>
        <translation>die sichere Verbindung zum Server der Ausgabe ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>network error %1</source>
        <extracomment>%1 is Qt&apos;s numeric network error code</extracomment>
        <translation>Netzwerkfehler %1</translation>
    </message>
    <message>
        <source>the output host answered HTTP %1; outputs are deleted after 7 days</source>
        <translation>der Server der Ausgabe antwortete mit HTTP %1; Ausgaben werden nach 7 Tagen gelöscht</translation>
    </message>
    <message>
        <source>the output host answered HTTP %1</source>
        <translation>der Server der Ausgabe antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>only http and https outputs can be shown</source>
        <translation>nur http- und https-Ausgaben können angezeigt werden</translation>
    </message>
    <message>
        <source>the output host sent nothing for %1 seconds</source>
        <translation>der Server der Ausgabe hat %1 Sekunden lang nichts gesendet</translation>
    </message>
    <message>
        <source>redirected more than %1 times</source>
        <translation>mehr als %1-mal weitergeleitet</translation>
    </message>
    <message>
        <source>refused to follow a redirect to an unsafe address</source>
        <translation>einer Weiterleitung an eine unsichere Adresse wurde nicht gefolgt</translation>
    </message>
    <message>
        <source>the output is larger than %1 MB</source>
        <translation>die Ausgabe ist größer als %1 MB</translation>
    </message>
</context>
<context>
    <name>OutputsDelegate</name>
    <message>
        <source>Save</source>
        <comment>download outputs</comment>
        <extracomment>a button in a task&apos;s row: saves its outputs into the download folder</extracomment>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>show in folder</comment>
        <extracomment>a button in a task&apos;s row: shows the saved outputs in the file manager</extracomment>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>download</comment>
        <extracomment>a button in a task&apos;s row: tries the failed download again</extracomment>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Save every output of this task into the download folder</source>
        <translation>Alle Ausgaben dieser Aufgabe im Download-Ordner speichern</translation>
    </message>
    <message>
        <source>Saving output %1 of %2…</source>
        <translation>Ausgabe %1 von %2 wird gespeichert…</translation>
    </message>
    <message>
        <source>Show the saved files in their folder</source>
        <translation>Die gespeicherten Dateien in ihrem Ordner anzeigen</translation>
    </message>
    <message>
        <source>Saving failed. Click to try again.</source>
        <translation>Speichern fehlgeschlagen. Klicken Sie, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Saving failed: %1
Click to try again.</source>
        <extracomment>%1 is why saving the outputs failed</extracomment>
        <translation>Speichern fehlgeschlagen: %1
Klicken Sie, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>Prediction</name>
    <message>
        <source>content moderation</source>
        <comment>task error code</comment>
        <translation>Inhaltsmoderation</translation>
    </message>
    <message>
        <source>missing parameter</source>
        <comment>task error code</comment>
        <translation>fehlender Parameter</translation>
    </message>
    <message>
        <source>invalid parameter</source>
        <comment>task error code</comment>
        <translation>ungültiger Parameter</translation>
    </message>
    <message>
        <source>media could not be fetched</source>
        <comment>task error code</comment>
        <translation>Medien konnten nicht abgerufen werden</translation>
    </message>
    <message>
        <source>task failed</source>
        <comment>task error code</comment>
        <translation>Aufgabe fehlgeschlagen</translation>
    </message>
    <message>
        <source>internal error</source>
        <comment>task error code</comment>
        <translation>interner Fehler</translation>
    </message>
    <message>
        <source>service unavailable</source>
        <comment>task error code</comment>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>timeout</source>
        <comment>task error code</comment>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>the reply holds no prediction object</source>
        <translation>die Antwort enthält kein prediction-Objekt</translation>
    </message>
    <message>
        <source>a prediction without id or status</source>
        <translation>ein prediction-Objekt ohne id oder status</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Select a task to preview it</source>
        <translation>Wählen Sie eine Aufgabe aus, um ihre Vorschau zu sehen</translation>
    </message>
    <message>
        <source>Preview unavailable: %1</source>
        <translation>Keine Vorschau verfügbar: %1</translation>
    </message>
    <message>
        <source>this kind of output has no preview; open it in the browser</source>
        <translation>für diese Art von Ausgabe gibt es keine Vorschau; öffnen Sie sie im Browser</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Vorschau wird geladen…</translation>
    </message>
    <message>
        <source>This task completed without outputs</source>
        <translation>Diese Aufgabe wurde ohne Ausgaben abgeschlossen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>state: error</comment>
        <extracomment>%1 is the task&apos;s state, e.g. &quot;Failed&quot;, %2 the error and its meaning</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The preview appears when the task completes</source>
        <translation>Die Vorschau erscheint, sobald die Aufgabe abgeschlossen ist</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>output position</comment>
        <extracomment>the output shown and how many the task has, e.g. &quot;2 / 3&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>This output was flagged as sensitive.</source>
        <translation>Diese Ausgabe wurde als nicht jugendfrei markiert.</translation>
    </message>
    <message>
        <source>Show flagged content</source>
        <translation>Markierten Inhalt anzeigen</translation>
    </message>
    <message>
        <source>Show this task&apos;s flagged outputs without the blur</source>
        <translation>Die markierten Ausgaben dieser Aufgabe ohne Weichzeichnung anzeigen</translation>
    </message>
    <message>
        <source>‹</source>
        <comment>previous output</comment>
        <translation>‹</translation>
    </message>
    <message>
        <source>Show the previous output of this task</source>
        <translation>Die vorherige Ausgabe dieser Aufgabe anzeigen</translation>
    </message>
    <message>
        <source>Previous output</source>
        <translation>Vorherige Ausgabe</translation>
    </message>
    <message>
        <source>›</source>
        <comment>next output</comment>
        <translation>›</translation>
    </message>
    <message>
        <source>Show the next output of this task</source>
        <translation>Die nächste Ausgabe dieser Aufgabe anzeigen</translation>
    </message>
    <message>
        <source>Next output</source>
        <translation>Nächste Ausgabe</translation>
    </message>
    <message>
        <source>Output number</source>
        <translation>Nummer der Ausgabe</translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>zoom</comment>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the image to the pane (Ctrl+0); zoom with Ctrl+wheel, Ctrl++ and Ctrl+-</source>
        <translation>Das Bild in den Bereich einpassen (Strg+0); zoomen mit Strg+Mausrad, Strg++ und Strg+-</translation>
    </message>
    <message>
        <source>Fit to pane</source>
        <translation>In den Bereich einpassen</translation>
    </message>
    <message>
        <source>100%</source>
        <comment>zoom</comment>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the image at its actual size</source>
        <translation>Das Bild in Originalgröße anzeigen</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>%1: &quot;%2&quot; must be a number from 0 to 1</source>
        <translation>%1: „%2“ muss eine Zahl von 0 bis 1 sein</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>%1: „%2“ muss eine ganze Zahl von %3 bis %4 sein</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be [min, max] with 0 &lt;= min &lt;= max &lt;= %3</source>
        <translation>%1: „%2“ muss [min, max] mit 0 &lt;= min &lt;= max &lt;= %3 sein</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;</source>
        <translation>Modell „%1“</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: &quot;type&quot; must read like &quot;text-to-image&quot;</source>
        <translation>%1: „type“ muss die Form „text-to-image“ haben</translation>
    </message>
    <message>
        <source>%1: the fail, cancel and timeout rates add up to more than 1</source>
        <translation>%1: Die Anteile für Fehlschlag, Abbruch und Zeitüberschreitung ergeben zusammen mehr als 1</translation>
    </message>
    <message>
        <source>&quot;faults&quot; must be an object</source>
        <translation>„faults“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>faults: the server error, rate limit, reset and malformed rates add up to more than 1</source>
        <translation>faults: Die Anteile für Serverfehler, Anfragelimit, Verbindungsabbruch und fehlerhafte Antworten ergeben zusammen mehr als 1</translation>
    </message>
    <message>
        <source>&quot;faults.rate_limit&quot; must be an object</source>
        <translation>„faults.rate_limit“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>a scenario must be a JSON object</source>
        <translation>ein Szenario muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>&quot;models&quot; must be an object keyed by model path</source>
        <translation>„models“ muss ein Objekt mit Modellpfaden als Schlüsseln sein</translation>
    </message>
    <message>
        <source>a model path must not be empty</source>
        <translation>ein Modellpfad darf nicht leer sein</translation>
    </message>
    <message>
        <source>&quot;balance&quot; must be a number of at least 0</source>
        <translation>„balance“ muss eine Zahl größer oder gleich 0 sein</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Monitoring</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <extracomment>Suffix of a number of minutes, with its leading space</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Per-task timeout in minutes</source>
        <translation>Zeitlimit pro Aufgabe in Minuten</translation>
    </message>
    <message>
        <source>Stop watching a task that has not ended after this long</source>
        <translation>Eine Aufgabe, die nach dieser Zeit noch nicht beendet ist, nicht mehr beobachten</translation>
    </message>
    <message>
        <source>Stop watching a task &amp;after:</source>
        <translation>Beobachtung beenden &amp;nach:</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>The most requests sent to the API in one second, for all tasks together</source>
        <translation>Höchstzahl der Anfragen an die API pro Sekunde, für alle Aufgaben zusammen</translation>
    </message>
    <message>
        <source>&amp;Requests per second:</source>
        <translation>&amp;Anfragen pro Sekunde:</translation>
    </message>
    <message>
        <source>Show a &amp;notification when a task ends</source>
        <translation>Bei Ende einer Aufgabe &amp;benachrichtigen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Tell when a task completes or fails while the window is in the background</source>
        <translation>Benachrichtigen, wenn eine Aufgabe abgeschlossen wird oder fehlschlägt, während das Fenster im Hintergrund ist</translation>
    </message>
    <message>
        <source>&amp;Blur previews flagged as not safe for work</source>
        <translation>Als nicht jugendfrei markierte Vorschauen &amp;weichzeichnen</translation>
    </message>
    <message>
        <source>Blur NSFW previews</source>
        <translation>NSFW-Vorschauen weichzeichnen</translation>
    </message>
    <message>
        <source>Blur outputs the API flags as NSFW until you click them</source>
        <translation>Ausgaben, die die API als NSFW markiert, bis zum Anklicken weichzeichnen</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Download-Ordner</translation>
    </message>
    <message>
        <source>Where outputs are saved; empty uses the default folder</source>
        <translation>Speicherort der Ausgaben; leer lassen für den Standardordner</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Durchsu&amp;chen…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Download-Ordner auswählen</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>&amp;Download-Ordner:</translation>
    </message>
    <message>
        <source>Choose the Download Folder</source>
        <translation>Download-Ordner auswählen</translation>
    </message>
    <message>
        <source>System default</source>
        <comment>language</comment>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the application; takes effect after a restart</source>
        <translation>Die Sprache der Anwendung; wirkt nach einem Neustart</translation>
    </message>
    <message>
        <source>Takes effect after a restart</source>
        <translation>Wirkt nach einem Neustart</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Save the settings and close</source>
        <translation>Einstellungen speichern und schließen</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <source>All in the download folder</source>
        <comment>save layout</comment>
        <translation>Alle direkt im Download-Ordner</translation>
    </message>
    <message>
        <source>In a folder per day</source>
        <comment>save layout</comment>
        <translation>In einem Ordner pro Tag</translation>
    </message>
    <message>
        <source>In a folder per model</source>
        <comment>save layout</comment>
        <translation>In einem Ordner pro Modell</translation>
    </message>
    <message>
        <source>How saved outputs are organised</source>
        <translation>Wie gespeicherte Ausgaben abgelegt werden</translation>
    </message>
    <message>
        <source>&amp;Organise saved files:</source>
        <translation>Gespeicherte Dateien &amp;ordnen:</translation>
    </message>
    <message>
        <source>&amp;Save the outputs of every task as it completes</source>
        <translation>Ausgaben &amp;jeder Aufgabe nach Abschluss automatisch speichern</translation>
    </message>
    <message>
        <source>Auto-save</source>
        <translation>Automatisch speichern</translation>
    </message>
    <message>
        <source>A folder per day is named after the day each task was created; a folder per model after the model&apos;s name</source>
        <translation>Ein Ordner pro Tag trägt das Datum, an dem die Aufgabe erstellt wurde; ein Ordner pro Modell den Namen des Modells</translation>
    </message>
    <message>
        <source>Outputs already saved are never saved again, even after a restart</source>
        <translation>Bereits gespeicherte Ausgaben werden nie erneut gespeichert, auch nicht nach einem Neustart</translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Auf 127.0.0.1:%1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <source>The simulator is already running</source>
        <translation>Der Simulator läuft bereits</translation>
    </message>
</context>
<context>
    <name>SimulatorCommand</name>
    <message>
        <source>A simulated WaveSpeed API on 127.0.0.1, for demos and tests.</source>
        <translation>Eine simulierte WaveSpeed-API auf 127.0.0.1, für Vorführungen und Tests.</translation>
    </message>
    <message>
        <source>API port (default 8080; 0 picks a free one).</source>
        <translation>Port der API (Standard: 8080; 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Output host port (default: the API port + 1).</source>
        <translation>Port des Servers für Ausgaben (Standard: der Port der API + 1).</translation>
    </message>
    <message>
        <source>Scenario JSON file (default: the built-in one).</source>
        <translation>Szenario als JSON-Datei (Standard: das eingebaute).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The API key to accept (default sim-demo-key).</source>
        <translation>Der API-Schlüssel, der akzeptiert wird (Standard: sim-demo-key).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>Create N tasks at start and print their IDs.</source>
        <translation>Beim Start N Aufgaben anlegen und ihre IDs ausgeben.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535</translation>
    </message>
    <message>
        <source>--output-port needs a number from 0 to 65535</source>
        <translation>--output-port erwartet eine Zahl von 0 bis 65535</translation>
    </message>
    <message>
        <source>--key must not be empty</source>
        <translation>--key darf nicht leer sein</translation>
    </message>
    <message>
        <source>--tasks needs a number from 0 to %1</source>
        <translation>--tasks erwartet eine Zahl von 0 bis %1</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Weitere Informationen mit „%1 --help“.</translation>
    </message>
    <message>
        <source>%1: cannot use the scenario %2: %3</source>
        <translation>%1: Das Szenario %2 kann nicht verwendet werden: %3</translation>
    </message>
    <message>
        <source>API:     %1</source>
        <translation>API:       %1</translation>
    </message>
    <message>
        <source>Outputs: %1</source>
        <translation>Ausgaben:  %1</translation>
    </message>
    <message>
        <source>Key:     %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another instance is running.</source>
        <translation>Eine andere Instanz läuft bereits.</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Task counts</source>
        <translation>Anzahl der Aufgaben</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>Kontoguthaben</translation>
    </message>
    <message>
        <source>The balance of the WaveSpeed account the key belongs to</source>
        <translation>Das Guthaben des WaveSpeed-Kontos, zu dem der Schlüssel gehört</translation>
    </message>
    <message>
        <source>Balance: $%1</source>
        <comment>US dollars</comment>
        <translation>Guthaben: %1 $</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n pausiert</numerusform>
            <numerusform>%n pausiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n abgeschlossen</numerusform>
            <numerusform>%n abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No tasks</source>
        <translation>Keine Aufgaben</translation>
    </message>
    <message>
        <source>open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited — resuming in %n s</source>
        <translation>
            <numerusform>Anfragelimit erreicht — weiter in %n s</numerusform>
            <numerusform>Anfragelimit erreicht — weiter in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>API key rejected — %1</source>
        <translation>API-Schlüssel abgelehnt — %1</translation>
    </message>
    <message>
        <source>No API key — %1</source>
        <translation>Kein API-Schlüssel — %1</translation>
    </message>
    <message>
        <source>Outputs about to expire</source>
        <translation>Bald ablaufende Ausgaben</translation>
    </message>
    <message>
        <source>Completed tasks whose outputs the API deletes within a day, and that are not saved yet</source>
        <translation>Abgeschlossene Aufgaben, deren Ausgaben die API innerhalb eines Tages löscht und die noch nicht gespeichert sind</translation>
    </message>
    <message>
        <source>save them</source>
        <translation>jetzt speichern</translation>
    </message>
    <message numerus="yes">
        <source>%n expiring within a day — %1</source>
        <comment>tasks</comment>
        <extracomment>completed tasks whose outputs the API deletes within a day; then a link that saves them</extracomment>
        <translation>
            <numerusform>%n läuft innerhalb eines Tages ab — %1</numerusform>
            <numerusform>%n laufen innerhalb eines Tages ab — %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDetails</name>
    <message>
        <source>Processing</source>
        <comment>task state</comment>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Created, waiting to start</source>
        <comment>task state</comment>
        <translation>Erstellt, wartet auf den Start</translation>
    </message>
    <message>
        <source>Checking</source>
        <comment>task state</comment>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Paused: the API key was rejected</source>
        <comment>task state</comment>
        <translation>Pausiert: Der API-Schlüssel wurde abgelehnt</translation>
    </message>
    <message>
        <source>Paused: the network is down</source>
        <comment>task state</comment>
        <translation>Pausiert: Das Netzwerk ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>task state</comment>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>task detail</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>task detail</comment>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>task detail</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>task detail</comment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Inference</source>
        <comment>task detail</comment>
        <translation>Inferenz</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>task detail</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Outputs</source>
        <comment>task detail</comment>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>task state</comment>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>task state</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>task state</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>task state</comment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Timed out on the server</source>
        <comment>task state</comment>
        <translation>Zeitüberschreitung auf dem Server</translation>
    </message>
    <message>
        <source>Not found</source>
        <comment>task state</comment>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Gave up waiting</source>
        <comment>task state</comment>
        <translation>Warten aufgegeben</translation>
    </message>
    <message>
        <source>code %1</source>
        <extracomment>%1 is the API&apos;s error number, %2 what it means, e.g. &quot;content moderation&quot;</extracomment>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>code %1: %2</source>
        <translation>Code %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the error as the API wrote it, %2 its code and meaning</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>output %1 of %2</source>
        <extracomment>%1 is the output&apos;s number, %2 how many the task has</extracomment>
        <translation>Ausgabe %1 von %2</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Address of the %1</source>
        <translation>Adresse der %1</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <source>Copy the address of the %1 to the clipboard</source>
        <translation>Die Adresse der %1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy URL of the %1</source>
        <translation>URL der %1 kopieren</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Open the %1 in the web browser</source>
        <translation>Die %1 im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Open the %1 in the browser</source>
        <translation>Die %1 im Browser öffnen</translation>
    </message>
    <message>
        <source>Expires</source>
        <comment>task detail</comment>
        <extracomment>when the API deletes the task and its outputs</extracomment>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>task detail</comment>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <extracomment>the date the API deleted the task&apos;s outputs</extracomment>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n output(s), in %2</source>
        <extracomment>e.g. &quot;1 of 2 outputs, in /home/me/Pictures/WaveSpeed&quot;</extracomment>
        <translation>
            <numerusform>%1 von %n Ausgabe, in %2</numerusform>
            <numerusform>%1 von %n Ausgaben, in %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskExport</name>
    <message>
        <source>%1 s</source>
        <extracomment>inference time in seconds, e.g. &quot;2.4 s&quot;</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1/%2 saved</source>
        <extracomment>outputs of a task whose files exist, e.g. &quot;1/2 saved&quot;</extracomment>
        <translation>%1/%2 gespeichert</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>column</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>column</comment>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column</comment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Inference</source>
        <comment>column</comment>
        <translation>Inferenz</translation>
    </message>
    <message>
        <source>Outputs</source>
        <comment>column</comment>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>column</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>column</comment>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>The file is not a task list: it does not hold a JSON object (%1 at byte %2).</source>
        <translation>Die Datei ist keine Aufgabenliste: Sie enthält kein JSON-Objekt (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The file is not a task list exported by WaveSpeed Task Monitor (its format is “%1”).</source>
        <translation>Die Datei ist keine von WaveSpeed Task Monitor exportierte Aufgabenliste (ihr Format ist „%1“).</translation>
    </message>
    <message>
        <source>The task list was written by a newer version (format version %1).</source>
        <translation>Die Aufgabenliste wurde von einer neueren Version geschrieben (Formatversion %1).</translation>
    </message>
    <message>
        <source>Task %1 of the list has no ID.</source>
        <translation>Aufgabe %1 der Liste hat keine ID.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>TaskInput</name>
    <message>
        <source>%1 is not a .txt, .json or .csv file.</source>
        <translation>%1 ist keine .txt-, .json- oder .csv-Datei.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 ist größer als %2 MB.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <extracomment>inference time in seconds, e.g. &quot;2.4 s&quot;</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>error and its meaning</comment>
        <extracomment>a task&apos;s error, then the meaning of its error code</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>task state</comment>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Checking…</source>
        <comment>task state</comment>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>task state</comment>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>task state</comment>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>task state</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>task state</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>task state</comment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Timed out</source>
        <comment>task state</comment>
        <extracomment>the API said the task timed out</extracomment>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Not found</source>
        <comment>task state</comment>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Gave up</source>
        <comment>task state</comment>
        <extracomment>the monitor stopped watching the task after its own timeout</extracomment>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>state and unknown status</comment>
        <extracomment>a task state, then a status the API reported that the app does not know</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>state and running time</comment>
        <extracomment>a task state, then how long ago the task was created, e.g. &quot;Waiting · 1:23&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Paused: the API rejected the key. Open Settings to change it.</source>
        <translation>Pausiert: Die API hat den Schlüssel abgelehnt. Öffnen Sie die Einstellungen, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>Paused by you.</source>
        <translation>Von Ihnen pausiert.</translation>
    </message>
    <message>
        <source>Paused: the network is down.</source>
        <translation>Pausiert: Das Netzwerk ist nicht erreichbar.</translation>
    </message>
    <message numerus="yes">
        <source>Next check in %n second(s), at %1.</source>
        <translation>
            <numerusform>Nächste Prüfung in %n Sekunde, um %1.</numerusform>
            <numerusform>Nächste Prüfung in %n Sekunden, um %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API says: %1</source>
        <translation>Die API meldet: %1</translation>
    </message>
    <message>
        <source>%1/%2 saving…</source>
        <extracomment>outputs saved so far out of all, e.g. &quot;1/2 saving…&quot;</extracomment>
        <translation>%1/%2 wird gespeichert…</translation>
    </message>
    <message>
        <source>%1 · saved</source>
        <extracomment>the number of outputs, all saved, e.g. &quot;2 · saved&quot;</extracomment>
        <translation>%1 · gespeichert</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>download</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Preview</source>
        <comment>column</comment>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>column</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>column</comment>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column</comment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Inference</source>
        <comment>column</comment>
        <translation>Inferenz</translation>
    </message>
    <message>
        <source>Outputs</source>
        <comment>column</comment>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>column</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1/%2 saved</source>
        <extracomment>some outputs saved out of all, e.g. &quot;1/2 saved&quot;</extracomment>
        <translation>%1/%2 gespeichert</translation>
    </message>
    <message>
        <source>%1: not saved</source>
        <extracomment>output number n of a task is not saved</extracomment>
        <translation>%1: nicht gespeichert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>output number and where it was saved</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>expired</source>
        <extracomment>the API deleted the task&apos;s outputs</extracomment>
        <translation>abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <extracomment>the outputs expire in this many days</extracomment>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <extracomment>the outputs expire in this many hours</extracomment>
        <translation>
            <numerusform>in %n Std.</numerusform>
            <numerusform>in %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <extracomment>the outputs expire in this many minutes</extracomment>
        <translation>
            <numerusform>in %n Min.</numerusform>
            <numerusform>in %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API deleted this task and its outputs on %1.</source>
        <translation>Die API hat diese Aufgabe und ihre Ausgaben am %1 gelöscht.</translation>
    </message>
    <message>
        <source>The API deletes this task and its outputs on %1.</source>
        <translation>Die API löscht diese Aufgabe und ihre Ausgaben am %1.</translation>
    </message>
    <message>
        <source>Some outputs are not saved yet: save them before then.</source>
        <translation>Einige Ausgaben sind noch nicht gespeichert: Speichern Sie sie vorher.</translation>
    </message>
    <message>
        <source>Expires</source>
        <comment>column</comment>
        <extracomment>when the API deletes the task&apos;s outputs</extracomment>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>%1: %2 (missing)</source>
        <extracomment>output n was saved to a file that is gone now</extracomment>
        <translation>%1: %2 (fehlt)</translation>
    </message>
</context>
<context>
    <name>TaskPoller</name>
    <message numerus="yes">
        <source>Stopped watching after %n minute(s) without an end.</source>
        <translation>
            <numerusform>Beobachtung nach %n Minute ohne Ende beendet.</numerusform>
            <numerusform>Beobachtung nach %n Minuten ohne Ende beendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The task list %1 cannot be read and could not be moved aside.</source>
        <translation>Die Aufgabenliste %1 ist nicht lesbar und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The saved task list could not be read by this version, so it was moved to %1 and a new, empty list was started.</source>
        <extracomment>%1 is the path the old, unreadable file was moved to</extracomment>
        <translation>Die gespeicherte Aufgabenliste konnte von dieser Version nicht gelesen werden. Sie wurde nach %1 verschoben, und eine neue, leere Liste wurde angelegt.</translation>
    </message>
    <message>
        <source>Could not open the task list %1: %2</source>
        <translation>Die Aufgabenliste %1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>ThumbnailDelegate</name>
    <message>
        <source>…</source>
        <comment>loading preview</comment>
        <extracomment>shown in a preview cell while its thumbnail loads</extracomment>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>Thumbnailer</name>
    <message>
        <source>HTTP %1 from the output host</source>
        <translation>HTTP %1 vom Server der Ausgabe</translation>
    </message>
    <message>
        <source>Network error %1 while fetching the preview</source>
        <extracomment>%1 is Qt&apos;s numeric network error code</extracomment>
        <translation>Netzwerkfehler %1 beim Abrufen der Vorschau</translation>
    </message>
    <message>
        <source>The output host did not answer in time</source>
        <translation>Der Server der Ausgabe hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Redirected more than %1 times</source>
        <translation>Mehr als %1-mal weitergeleitet</translation>
    </message>
    <message>
        <source>Refused to follow a redirect</source>
        <translation>Einer Weiterleitung wurde nicht gefolgt</translation>
    </message>
    <message>
        <source>The output address is not a web address</source>
        <translation>Die Adresse der Ausgabe ist keine Webadresse</translation>
    </message>
    <message>
        <source>The output is too large for a preview</source>
        <translation>Die Ausgabe ist für eine Vorschau zu groß</translation>
    </message>
    <message>
        <source>The output is not an image</source>
        <translation>Die Ausgabe ist kein Bild</translation>
    </message>
    <message>
        <source>Preview unavailable: the image is too large</source>
        <translation>Keine Vorschau verfügbar: Das Bild ist zu groß</translation>
    </message>
    <message>
        <source>Preview unavailable: the image could not be decoded</source>
        <translation>Keine Vorschau verfügbar: Das Bild konnte nicht dekodiert werden</translation>
    </message>
    <message>
        <source>No video decoder</source>
        <translation>Kein Video-Decoder vorhanden</translation>
    </message>
    <message>
        <source>The video could not be decoded</source>
        <translation>Das Video konnte nicht dekodiert werden</translation>
    </message>
    <message>
        <source>The video could not be decoded: %1</source>
        <extracomment>%1 is the media framework&apos;s reason</extracomment>
        <translation>Das Video konnte nicht dekodiert werden: %1</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Task completed</source>
        <translation>Aufgabe abgeschlossen</translation>
    </message>
    <message>
        <source>Task failed</source>
        <translation>Aufgabe fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) ended</source>
        <translation>
            <numerusform>%n Aufgabe beendet</numerusform>
            <numerusform>%n Aufgaben beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n abgeschlossen</numerusform>
            <numerusform>%n abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Outputs about to expire</source>
        <translation>Ausgaben laufen bald ab</translation>
    </message>
    <message numerus="yes">
        <source>%n completed task(s) will be deleted by the API within a day, and their outputs are not saved yet.</source>
        <translation>
            <numerusform>%n abgeschlossene Aufgabe wird innerhalb eines Tages von der API gelöscht, und ihre Ausgaben sind noch nicht gespeichert.</numerusform>
            <numerusform>%n abgeschlossene Aufgaben werden innerhalb eines Tages von der API gelöscht, und ihre Ausgaben sind noch nicht gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VideoFrameGrabber</name>
    <message>
        <source>Not a video</source>
        <translation>Kein Video</translation>
    </message>
    <message>
        <source>The video could not be played</source>
        <translation>Das Video konnte nicht abgespielt werden</translation>
    </message>
    <message>
        <source>Not a playable video</source>
        <translation>Kein abspielbares Video</translation>
    </message>
    <message>
        <source>The video has no frame to show</source>
        <translation>Das Video enthält kein anzeigbares Bild</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>Output video</source>
        <translation>Ausgabevideo</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>Position im Video</translation>
    </message>
    <message>
        <source>Seek</source>
        <translation>Wiedergabeposition</translation>
    </message>
    <message>
        <source>Playing time</source>
        <translation>Wiedergabezeit</translation>
    </message>
    <message>
        <source>the video cannot be played</source>
        <translation>das Video kann nicht abgespielt werden</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>video</comment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <comment>video</comment>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Pause the video</source>
        <translation>Video anhalten</translation>
    </message>
    <message>
        <source>Play the video</source>
        <translation>Video abspielen</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Turn the sound on</source>
        <translation>Ton einschalten</translation>
    </message>
    <message>
        <source>Mute the sound</source>
        <translation>Ton stummschalten</translation>
    </message>
    <message>
        <source>Sound</source>
        <comment>video</comment>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Loading…</source>
        <comment>video</comment>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>the position in a video and its length, e.g. &quot;0:03 / 0:05&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Watches WaveSpeedAI prediction tasks.</source>
        <translation>Beobachtet WaveSpeedAI-Aufgaben.</translation>
    </message>
    <message>
        <source>Run against the built-in simulated API; no key needed.</source>
        <translation>Mit der eingebauten simulierten API ausführen; kein Schlüssel nötig.</translation>
    </message>
    <message>
        <source>Task IDs, or any text, URL or JSON holding them.</source>
        <translation>Aufgaben-IDs oder beliebiger Text, URLs oder JSON, die sie enthalten.</translation>
    </message>
</context>
</TS>
