<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>ApiCall</name>
        <message>
            <source>unexpected status %1.</source>
            <translation>unerwarteter Status %1.</translation>
        </message>
    </context>
    <context>
        <name>ApiEndpoint</name>
        <message>
            <source>The API address “%1” is not an http:// or https:// address. Check the base URL.</source>
            <translation>Die API-Adresse „%1“ ist keine http://- oder https://-Adresse. Prüfen Sie die Basis-URL.</translation>
        </message>
        <message>
            <source>The API address must not contain a user name or password. Remove them from the base URL.</source>
            <translation>Die API-Adresse darf keinen Benutzernamen und kein Passwort enthalten. Entfernen Sie sie aus der Basis-URL.</translation>
        </message>
        <message>
            <source>The API address %1 uses plain http://, which would send the API key unencrypted. Use https://, or allow insecure connections explicitly.</source>
            <translation>Die API-Adresse %1 verwendet unverschlüsseltes http://, wodurch der API-Schlüssel unverschlüsselt gesendet würde. Verwenden Sie https:// oder erlauben Sie unsichere Verbindungen ausdrücklich.</translation>
        </message>
        <message>
            <source>No API key is set. Enter a key, or set AVARA_API_KEY.</source>
            <translation>Es ist kein API-Schlüssel festgelegt. Geben Sie einen Schlüssel ein oder setzen Sie AVARA_API_KEY.</translation>
        </message>
        <message>
            <source>The API key contains spaces or characters that cannot be sent. Enter it again.</source>
            <translation>Der API-Schlüssel enthält Leerzeichen oder Zeichen, die nicht gesendet werden können. Geben Sie ihn erneut ein.</translation>
        </message>
        <message>
            <source>An extra request header cannot be sent: %1</source>
            <translation>Ein zusätzlicher Anfrage-Header kann nicht gesendet werden: %1</translation>
        </message>
        <message>
            <source>No API key is set for profile “%1”. Enter a key for it.</source>
            <translation>Für das Profil „%1“ ist kein API-Schlüssel gesetzt. Geben Sie einen Schlüssel dafür ein.</translation>
        </message>
    </context>
    <context>
        <name>ApiError</name>
        <message>
            <source>The server could not understand the request (400).</source>
            <translation>Der Server konnte die Anfrage nicht verstehen (400).</translation>
        </message>
        <message>
            <source>The API key was refused (401). Check the key in the settings.</source>
            <translation>Der API-Schlüssel wurde abgelehnt (401). Prüfen Sie den Schlüssel in den Einstellungen.</translation>
        </message>
        <message>
            <source>The API key is not allowed to do this (403). Check the key's permissions.</source>
            <translation>Der API-Schlüssel darf dies nicht (403). Prüfen Sie die Berechtigungen des Schlüssels.</translation>
        </message>
        <message>
            <source>Not found (404): the customer or user does not exist, or was removed.</source>
            <translation>Nicht gefunden (404): Der Kunde oder Benutzer existiert nicht oder wurde entfernt.</translation>
        </message>
        <message>
            <source>The server reported a conflict with the customer's current state (409).</source>
            <translation>Der Server meldet einen Konflikt mit dem aktuellen Stand des Kunden (409).</translation>
        </message>
        <message>
            <source>The server refused a value (422).</source>
            <translation>Der Server hat einen Wert abgelehnt (422).</translation>
        </message>
        <message>
            <source>The server is receiving too many requests (429)%1. Wait a moment and try again.</source>
            <translation>Der Server erhält zu viele Anfragen (429)%1. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The server refused the request (%1).</source>
            <translation>Der Server hat die Anfrage abgelehnt (%1).</translation>
        </message>
        <message>
            <source>The server failed to handle the request (%1). Try again later.</source>
            <translation>Der Server konnte die Anfrage nicht bearbeiten (%1). Versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>The server answered with the unexpected status %1.</source>
            <translation>Der Server antwortete mit dem unerwarteten Status %1.</translation>
        </message>
        <message>
            <source>The server said: “%1”</source>
            <translation>Der Server meldet: „%1“</translation>
        </message>
        <message>
            <source>Could not reach the server %1%2: %3.</source>
            <translation>Der Server %1%2 ist nicht erreichbar: %3.</translation>
        </message>
        <message>
            <source>The secure connection to %1%2 failed: its TLS certificate could not be verified (%3). Nothing was sent. Check the base URL, the system's certificates or a proxy in between.</source>
            <translation>Die sichere Verbindung zu %1%2 ist fehlgeschlagen: Sein TLS-Zertifikat konnte nicht überprüft werden (%3). Es wurde nichts gesendet. Prüfen Sie die Basis-URL, die Zertifikate des Systems oder einen zwischengeschalteten Proxy.</translation>
        </message>
        <message numerus="yes">
            <source>The server %1%2 did not answer within %n second(s).</source>
            <translation>
                <numerusform>Der Server %1%2 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
                <numerusform>Der Server %1%2 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The server %1%2 did not answer within %n millisecond(s).</source>
            <translation>
                <numerusform>Der Server %1%2 hat nicht innerhalb von %n Millisekunde geantwortet.</numerusform>
                <numerusform>Der Server %1%2 hat nicht innerhalb von %n Millisekunden geantwortet.</numerusform>
            </translation>
        </message>
        <message>
            <source>The server's answer could not be used: %1</source>
            <translation>Die Antwort des Servers ist unbrauchbar: %1</translation>
        </message>
        <message numerus="yes">
            <source>The server's answer is larger than the limit of %n byte(s) and was not read.</source>
            <translation>
                <numerusform>Die Antwort des Servers überschreitet die Grenze von %n Byte und wurde nicht gelesen.</numerusform>
                <numerusform>Die Antwort des Servers überschreitet die Grenze von %n Byte und wurde nicht gelesen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The server redirected the request to another site (%1). It was not followed, so the API key was not sent there. Check the base URL.</source>
            <translation>Der Server hat die Anfrage auf eine andere Website umgeleitet (%1). Der Umleitung wurde nicht gefolgt, der API-Schlüssel wurde also nicht dorthin gesendet. Prüfen Sie die Basis-URL.</translation>
        </message>
        <message>
            <source>unknown address</source>
            <translation>unbekannte Adresse</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message numerus="yes">
            <source>(%n attempt(s))</source>
            <translation>
                <numerusform>(%n Versuch)</numerusform>
                <numerusform>(%n Versuche)</numerusform>
            </translation>
        </message>
        <message>
            <source>The customer may have been created; check the list before trying again.</source>
            <translation>Der Kunde wurde möglicherweise angelegt; prüfen Sie die Liste, bevor Sie es erneut versuchen.</translation>
        </message>
        <message>
            <source>The change may have been made anyway; reload before trying again.</source>
            <translation>Die Änderung wurde möglicherweise trotzdem ausgeführt; laden Sie neu, bevor Sie es erneut versuchen.</translation>
        </message>
        <message>
            <source>(request id %1)</source>
            <translation>(Anfrage-ID %1)</translation>
        </message>
        <message>
            <source> (profile “%1”)</source>
            <translation> (Profil „%1“)</translation>
        </message>
        <message>
            <source>The API key was refused (401). Check the key for profile “%1”.</source>
            <translation>Der API-Schlüssel wurde abgelehnt (401). Prüfen Sie den Schlüssel des Profils „%1“.</translation>
        </message>
        <message>
            <source>The API key is not allowed to do this (403). Check the permissions of the key for profile “%1”.</source>
            <translation>Der API-Schlüssel darf das nicht (403). Prüfen Sie die Berechtigungen des Schlüssels des Profils „%1“.</translation>
        </message>
        <message>
            <source>The connection to the server %1%2 broke before its answer arrived.</source>
            <translation>Die Verbindung zum Server %1%2 brach ab, bevor seine Antwort ankam.</translation>
        </message>
    </context>
    <context>
        <name>BulkChangeDialog</name>
        <message>
            <source>Bulk Change</source>
            <translation>Sammeländerung</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Bulk Change — Preview</source>
            <translation>Sammeländerung — Vorschau</translation>
        </message>
        <message>
            <source>Bulk Change — Progress</source>
            <translation>Sammeländerung — Fortschritt</translation>
        </message>
        <message>
            <source>The customers could not be found in the workspace: %1</source>
            <translation>Die Kunden wurden im Arbeitsbereich nicht gefunden: %1</translation>
        </message>
        <message>
            <source>Nothing was sent: the bulk change could not be journaled. %1</source>
            <translation>Es wurde nichts gesendet: Die Sammeländerung konnte nicht protokolliert werden. %1</translation>
        </message>
        <message>
            <source>Another bulk change is open in this window.</source>
            <translation>In diesem Fenster ist bereits eine andere Sammeländerung geöffnet.</translation>
        </message>
        <message>
            <source>Bulk Change Running</source>
            <translation>Sammeländerung läuft</translation>
        </message>
        <message>
            <source>The bulk change is still running.</source>
            <translation>Die Sammeländerung läuft noch.</translation>
        </message>
        <message>
            <source>It can go on in the background (Customer › Bulk Change… shows it again), or pause after the requests in flight. Either way every customer's state is kept, and a change stopped by closing the app is offered for resuming at the next start.</source>
            <translation>Sie kann im Hintergrund weiterlaufen (Kunde › Sammeländerung… zeigt sie wieder an) oder nach den laufenden Anfragen anhalten. In beiden Fällen bleibt der Zustand jedes Kunden erhalten, und eine durch Schließen der App gestoppte Änderung wird beim nächsten Start zum Fortsetzen angeboten.</translation>
        </message>
        <message>
            <source>&amp;Keep Running</source>
            <translation>&amp;Weiterlaufen lassen</translation>
        </message>
        <message>
            <source>&amp;Pause and Close</source>
            <translation>&amp;Anhalten und schließen</translation>
        </message>
        <message>
            <source>&amp;Don't Close</source>
            <translation>&amp;Nicht schließen</translation>
        </message>
    </context>
    <context>
        <name>BulkController</name>
        <message>
            <source>Show the bulk change</source>
            <translation>Sammeländerung anzeigen</translation>
        </message>
        <message>
            <source>Connect first: a bulk change works on a connection's customers.</source>
            <translation>Verbinden Sie sich zuerst: Eine Sammeländerung arbeitet mit den Kunden einer Verbindung.</translation>
        </message>
        <message>
            <source>Bulk changes need this connection's workspace (its local database), which is not open.</source>
            <translation>Sammeländerungen benötigen den Arbeitsbereich dieser Verbindung (ihre lokale Datenbank), der nicht geöffnet ist.</translation>
        </message>
        <message>
            <source>Bulk Change (%1)</source>
            <translation>Sammeländerung (%1)</translation>
        </message>
        <message>
            <source>Change many customers at once: preview, run, pause, resume, report</source>
            <translation>Viele Kunden auf einmal ändern: Vorschau, Lauf, Anhalten, Fortsetzen, Bericht</translation>
        </message>
        <message>
            <source>The bulk change is over: %1</source>
            <translation>Die Sammeländerung ist beendet: %1</translation>
        </message>
        <message>
            <source>Another bulk change is under way; finish or cancel it first.</source>
            <translation>Eine andere Sammeländerung läuft bereits; schließen Sie sie zuerst ab oder brechen Sie sie ab.</translation>
        </message>
        <message>
            <source>The bulk change cannot be resumed: %1</source>
            <translation>Die Sammeländerung kann nicht fortgesetzt werden: %1</translation>
        </message>
        <message>
            <source>The bulk change stopped with the connection it ran on. It is offered for resuming when that connection is opened again.</source>
            <translation>Die Sammeländerung wurde mit ihrer Verbindung beendet. Sie wird zum Fortsetzen angeboten, wenn diese Verbindung wieder geöffnet wird.</translation>
        </message>
        <message>
            <source>Bulk change finished: %1 done, %2 failed</source>
            <translation>Sammeländerung abgeschlossen: %1 erledigt, %2 fehlgeschlagen</translation>
        </message>
        <message>
            <source>Bulk change paused: %1 of %2</source>
            <translation>Sammeländerung angehalten: %1 von %2</translation>
        </message>
        <message>
            <source>Bulk change: %1 of %2</source>
            <translation>Sammeländerung: %1 von %2</translation>
        </message>
        <message>
            <source>Opening the bulk change…</source>
            <translation>Die Sammeländerung wird geöffnet…</translation>
        </message>
    </context>
    <context>
        <name>BulkCustomerChoice</name>
        <message>
            <source>Choose &amp;File…</source>
            <translation>&amp;Datei wählen…</translation>
        </message>
        <message>
            <source>A text or CSV file with one customer id per line</source>
            <translation>Eine Text- oder CSV-Datei mit einer Kunden-ID pro Zeile</translation>
        </message>
        <message>
            <source>The customers &amp;selected in the list (%1)</source>
            <translation>Die in der Liste &amp;ausgewählten Kunden (%1)</translation>
        </message>
        <message>
            <source>All results of the s&amp;earch “%1” (%2)</source>
            <translation>Alle Ergebnisse der &amp;Suche „%1“ (%2)</translation>
        </message>
        <message>
            <source>The customers in a file of &amp;ids</source>
            <translation>Die Kunden aus einer &amp;ID-Datei</translation>
        </message>
        <message>
            <source>The customers in a file of &amp;ids: %1 (%2)</source>
            <translation>Die Kunden aus einer &amp;ID-Datei: %1 (%2)</translation>
        </message>
        <message>
            <source>&amp;All customers in the workspace (%1)</source>
            <translation>A&amp;lle Kunden im Arbeitsbereich (%1)</translation>
        </message>
        <message>
            <source>Choose a File of Customer Ids</source>
            <translation>Datei mit Kunden-IDs wählen</translation>
        </message>
        <message>
            <source>Text and CSV files (*.txt *.csv);;All files (*)</source>
            <translation>Text- und CSV-Dateien (*.txt *.csv);;Alle Dateien (*)</translation>
        </message>
        <message numerus="yes">
            <source>%n id(s) given more than once were taken once.</source>
            <translation>
                <numerusform>%n mehrfach angegebene ID wurde einmal übernommen.</numerusform>
                <numerusform>%n mehrfach angegebene IDs wurden je einmal übernommen.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 holds no customer ids.</source>
            <translation>%1 enthält keine Kunden-IDs.</translation>
        </message>
        <message>
            <source>This connection has no workspace to search.</source>
            <translation>Diese Verbindung hat keinen Arbeitsbereich zum Durchsuchen.</translation>
        </message>
    </context>
    <context>
        <name>BulkCustomerJob</name>
        <message>
            <source>It could not be read again to see whether its change was made: %1</source>
            <translation>Er konnte nicht erneut gelesen werden, um zu prüfen, ob seine Änderung vorgenommen wurde: %1</translation>
        </message>
        <message>
            <source>Its change may have been made, and the journal does not say what it was; it was not changed again.</source>
            <translation>Seine Änderung wurde möglicherweise vorgenommen, und das Journal verzeichnet nicht, welche es war; er wurde nicht erneut geändert.</translation>
        </message>
        <message>
            <source>Found changed as asked: its change had reached the server before the run stopped.</source>
            <translation>Wie gewünscht geändert vorgefunden: Seine Änderung hatte den Server vor dem Ende des Laufs erreicht.</translation>
        </message>
        <message>
            <source>The server answered, but the customer is still inactive.</source>
            <translation>Der Server hat geantwortet, aber der Kunde ist weiterhin inaktiv.</translation>
        </message>
        <message>
            <source>The server answered, but the customer is still active.</source>
            <translation>Der Server hat geantwortet, aber der Kunde ist weiterhin aktiv.</translation>
        </message>
    </context>
    <context>
        <name>BulkCustomerPlan</name>
        <message>
            <source>Reactivate (now inactive)</source>
            <translation>Reaktivieren (derzeit inaktiv)</translation>
        </message>
        <message>
            <source>Deactivate (now active)</source>
            <translation>Deaktivieren (derzeit aktiv)</translation>
        </message>
    </context>
    <context>
        <name>BulkFormatter</name>
        <message>
            <source>change</source>
            <translation>ändern</translation>
        </message>
        <message>
            <source>already as asked</source>
            <translation>bereits wie gewünscht</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <source>already changed</source>
            <translation>bereits geändert</translation>
        </message>
        <message>
            <source>uncertain</source>
            <translation>unsicher</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more (bulk --dry-run lists them all).</source>
            <translation>
                <numerusform>… und %n weiterer (bulk --dry-run listet alle auf).</numerusform>
                <numerusform>… und %n weitere (bulk --dry-run listet alle auf).</numerusform>
            </translation>
        </message>
        <message>
            <source>Of %1 customers: %2 would change, %3 are already as asked, %4 are refused.</source>
            <translation>Von %1 Kunden: %2 würden geändert, %3 sind bereits wie gewünscht, %4 werden abgelehnt.</translation>
        </message>
        <message>
            <source>not tried</source>
            <translation>nicht versucht</translation>
        </message>
        <message>
            <source>excluded</source>
            <translation>ausgeschlossen</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>nicht beantwortet</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>may have been changed</source>
            <translation>möglicherweise geändert</translation>
        </message>
        <message>
            <source>Changed %1, already as asked %2, failed %3, not done %4, of %5 customers in %6 s (bulk change %7).</source>
            <translation>Geändert %1, bereits wie gewünscht %2, fehlgeschlagen %3, nicht erledigt %4, von %5 Kunden in %6 s (Sammeländerung %7).</translation>
        </message>
        <message>
            <source>%1 done, %2 skipped, %3 failed, %4 left</source>
            <translation>%1 erledigt, %2 übersprungen, %3 fehlgeschlagen, %4 verbleibend</translation>
        </message>
        <message>
            <source>%1/s</source>
            <translation>%1/s</translation>
        </message>
        <message>
            <source>about %1 s left</source>
            <translation>noch etwa %1 s</translation>
        </message>
    </context>
    <context>
        <name>BulkIdsFile</name>
        <message>
            <source>Line %1 holds no customer id: “%2”.</source>
            <translation>Zeile %1 enthält keine Kunden-ID: „%2“.</translation>
        </message>
        <message numerus="yes">
            <source>%n more line(s) hold no customer id.</source>
            <translation>
                <numerusform>%n weitere Zeile enthält keine Kunden-ID.</numerusform>
                <numerusform>%n weitere Zeilen enthalten keine Kunden-ID.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MiB: not a file of ids.</source>
            <translation>%1 ist größer als %2 MiB: keine ID-Datei.</translation>
        </message>
    </context>
    <context>
        <name>BulkJournal</name>
        <message>
            <source>The workspace holds no bulk change %1.</source>
            <translation>Der Arbeitsbereich enthält keine Sammeländerung %1.</translation>
        </message>
        <message>
            <source>The workspace holds no customer %1 in the bulk change %2.</source>
            <translation>Der Arbeitsbereich enthält keinen Kunden %1 in der Sammeländerung %2.</translation>
        </message>
    </context>
    <context>
        <name>BulkOperation</name>
        <message>
            <source>Set “%1” to “%2”</source>
            <translation>„%1“ auf „%2“ setzen</translation>
        </message>
        <message>
            <source>Remove “%1”</source>
            <translation>„%1“ entfernen</translation>
        </message>
        <message>
            <source>Rename key “%1” to “%2”</source>
            <translation>Schlüssel „%1“ in „%2“ umbenennen</translation>
        </message>
        <message>
            <source>Replace “%1” with “%2” in “%3”</source>
            <translation>„%1“ durch „%2“ in „%3“ ersetzen</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deaktivieren</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Reaktivieren</translation>
        </message>
    </context>
    <context>
        <name>BulkOperationForm</name>
        <message>
            <source>Operation</source>
            <translation>Vorgang</translation>
        </message>
        <message>
            <source>Set a key</source>
            <translation>Schlüssel setzen</translation>
        </message>
        <message>
            <source>Remove a key</source>
            <translation>Schlüssel entfernen</translation>
        </message>
        <message>
            <source>Rename a key</source>
            <translation>Schlüssel umbenennen</translation>
        </message>
        <message>
            <source>Replace text in values</source>
            <translation>Text in Werten ersetzen</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deaktivieren</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Reaktivieren</translation>
        </message>
        <message>
            <source>O&amp;peration:</source>
            <translation>&amp;Operation:</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>Add this operation to the list (Enter in any field)</source>
            <translation>Diese Operation zur Liste hinzufügen (Eingabetaste in einem beliebigen Feld)</translation>
        </message>
        <message>
            <source>&amp;Key to rename:</source>
            <translation>Umzubenennender &amp;Schlüssel:</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>&amp;Schlüssel:</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>&amp;Wert:</translation>
        </message>
        <message>
            <source>&amp;New key:</source>
            <translation>&amp;Neuer Schlüssel:</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Suchen:</translation>
        </message>
        <message>
            <source>Replace &amp;with:</source>
            <translation>&amp;Ersetzen durch:</translation>
        </message>
    </context>
    <context>
        <name>BulkOperationsEditor</name>
        <message>
            <source>Operations, in the order they are applied</source>
            <translation>Operationen in der Reihenfolge ihrer Anwendung</translation>
        </message>
        <message>
            <source>Applied in this order to each customer. Delete removes an operation; Alt+Up and Alt+Down move it.</source>
            <translation>Werden in dieser Reihenfolge auf jeden Kunden angewendet. Entf entfernt eine Operation; Alt+Nach-oben und Alt+Nach-unten verschieben sie.</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Remove the selected operation (Delete)</source>
            <translation>Ausgewählte Operation entfernen (Entf)</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <source>Apply the selected operation earlier (Alt+Up)</source>
            <translation>Ausgewählte Operation früher anwenden (Alt+Nach-oben)</translation>
        </message>
        <message>
            <source>Move Do&amp;wn</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>Apply the selected operation later (Alt+Down)</source>
            <translation>Ausgewählte Operation später anwenden (Alt+Nach-unten)</translation>
        </message>
        <message>
            <source>No operations yet: choose one above, fill in its fields and press Enter.</source>
            <translation>Noch keine Operationen: Wählen Sie oben eine aus, füllen Sie ihre Felder aus und drücken Sie die Eingabetaste.</translation>
        </message>
    </context>
    <context>
        <name>BulkPlanner</name>
        <message numerus="yes">
            <source>It would have %n metadata pairs; the limit is %1.</source>
            <translation>
                <numerusform>Er hätte %n Metadaten-Paar; die Grenze ist %1.</numerusform>
                <numerusform>Er hätte %n Metadaten-Paare; die Grenze ist %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The key %1 would be %n characters long; the limit is %2.</source>
            <translation>
                <numerusform>Der Schlüssel %1 wäre %n Zeichen lang; die Grenze ist %2.</numerusform>
                <numerusform>Der Schlüssel %1 wäre %n Zeichen lang; die Grenze ist %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The value of %1 would be %n characters long; the limit is %2.</source>
            <translation>
                <numerusform>Der Wert von %1 wäre %n Zeichen lang; die Grenze ist %2.</numerusform>
                <numerusform>Der Wert von %1 wäre %n Zeichen lang; die Grenze ist %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to change: give at least one operation.</source>
            <translation>Nichts zu ändern: Geben Sie mindestens eine Operation an.</translation>
        </message>
        <message>
            <source>Deactivate and reactivate exclude each other.</source>
            <translation>Deaktivieren und Reaktivieren schließen sich gegenseitig aus.</translation>
        </message>
        <message>
            <source>%1: the key is empty.</source>
            <translation>%1: Der Schlüssel ist leer.</translation>
        </message>
        <message numerus="yes">
            <source>The key %1 is %n characters long; the limit is %2.</source>
            <translation>
                <numerusform>Der Schlüssel %1 ist %n Zeichen lang; die Grenze ist %2.</numerusform>
                <numerusform>Der Schlüssel %1 ist %n Zeichen lang; die Grenze ist %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The value for %1 is %n characters long; the limit is %2.</source>
            <translation>
                <numerusform>Der Wert für %1 ist %n Zeichen lang; die Grenze ist %2.</numerusform>
                <numerusform>Der Wert für %1 ist %n Zeichen lang; die Grenze ist %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: a key cannot be renamed to itself.</source>
            <translation>%1: Ein Schlüssel kann nicht in sich selbst umbenannt werden.</translation>
        </message>
        <message>
            <source>%1: the text to replace is empty.</source>
            <translation>%1: Der zu ersetzende Text ist leer.</translation>
        </message>
        <message>
            <source>The customer holds neither what it held before the change nor what the change makes of it (someone may have changed it meanwhile), so it was not changed again. Check it, and change it by hand if needed.</source>
            <translation>Der Kunde enthält weder den Stand vor der Änderung noch das Ergebnis der Änderung (möglicherweise hat ihn jemand zwischenzeitlich geändert), daher wurde er nicht erneut geändert. Prüfen Sie ihn und ändern Sie ihn bei Bedarf von Hand.</translation>
        </message>
        <message>
            <source>%1 cannot be renamed to %2: the customer already has a key %2 (%3).</source>
            <translation>%1 kann nicht in %2 umbenannt werden: Der Kunde hat bereits einen Schlüssel %2 (%3).</translation>
        </message>
    </context>
    <context>
        <name>BulkPreview</name>
        <message>
            <source>Not read.</source>
            <translation>Nicht gelesen.</translation>
        </message>
        <message>
            <source>It could not be read: %1</source>
            <translation>Er konnte nicht gelesen werden: %1</translation>
        </message>
    </context>
    <context>
        <name>BulkPreviewModel</name>
        <message>
            <source>Nothing to send</source>
            <translation>Nichts zu senden</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Before → after</source>
            <translation>Vorher → nachher</translation>
        </message>
    </context>
    <context>
        <name>BulkPreviewPage</name>
        <message>
            <source>Preview progress</source>
            <translation>Fortschritt der Vorschau</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Stopp</translation>
        </message>
        <message>
            <source>Stop planning: the customers planned so far stay in the preview</source>
            <translation>Planung stoppen: Die bisher geplanten Kunden bleiben in der Vorschau</translation>
        </message>
        <message>
            <source>Every customer with what the change does to it</source>
            <translation>Jeder Kunde mit der Auswirkung der Änderung auf ihn</translation>
        </message>
        <message>
            <source>&amp;Include All</source>
            <translation>Alle &amp;einschließen</translation>
        </message>
        <message>
            <source>Include every customer that can be</source>
            <translation>Alle Kunden einschließen, bei denen dies möglich ist</translation>
        </message>
        <message>
            <source>E&amp;xclude All</source>
            <translation>Alle a&amp;usschließen</translation>
        </message>
        <message>
            <source>Leave every customer out</source>
            <translation>Alle Kunden auslassen</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <source>Change the customers or the operations</source>
            <translation>Kunden oder Operationen ändern</translation>
        </message>
        <message>
            <source>Send the change to the customers included (Ctrl+Enter)</source>
            <translation>Änderung an die einbezogenen Kunden senden (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>Space includes or excludes the selected rows. Nothing is sent before you apply; each customer is read again right before its change, so edits made meanwhile survive.</source>
            <translation>Die Leertaste bezieht die ausgewählten Zeilen ein oder schließt sie aus. Vor dem Anwenden wird nichts gesendet; jeder Kunde wird unmittelbar vor seiner Änderung erneut gelesen, sodass zwischenzeitliche Bearbeitungen erhalten bleiben.</translation>
        </message>
        <message>
            <source>Planning %1 of %2…</source>
            <translation>Planung %1 von %2…</translation>
        </message>
        <message>
            <source>Stopped after %1 of %2 customers: the change applies to those shown only.</source>
            <translation>Nach %1 von %2 Kunden angehalten: Die Änderung gilt nur für die angezeigten.</translation>
        </message>
        <message>
            <source>Customers: %1 · will change: %2 · already as asked (nothing sent): %3 · cannot be changed: %4 · included: %5</source>
            <translation>Kunden: %1 · werden geändert: %2 · bereits wie gewünscht (nichts gesendet): %3 · nicht änderbar: %4 · einbezogen: %5</translation>
        </message>
        <message>
            <source>&amp;Apply to 1 Customer</source>
            <translation>Auf 1 Kunden &amp;anwenden</translation>
        </message>
        <message>
            <source>&amp;Apply to %1 Customers</source>
            <translation>Auf %1 Kunden &amp;anwenden</translation>
        </message>
        <message numerus="yes">
            <source>Journaling the change for %Ln customer(s) before anything is sent…</source>
            <translation>
                <numerusform>Die Änderung für %Ln Kunden wird protokolliert, bevor etwas gesendet wird…</numerusform>
                <numerusform>Die Änderung für %Ln Kunden wird protokolliert, bevor etwas gesendet wird…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkProgressView</name>
        <message>
            <source>Customers done</source>
            <translation>Erledigte Kunden</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>An&amp;halten</translation>
        </message>
        <message>
            <source>Start no more customers; those in flight finish</source>
            <translation>Keine weiteren Kunden starten; laufende werden abgeschlossen</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Fortsetzen</translation>
        </message>
        <message>
            <source>Go on with the customers left</source>
            <translation>Mit den verbleibenden Kunden fortfahren</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Abbrechen</translation>
        </message>
        <message>
            <source>Stop after the requests in flight; the customers not tried yet stay as they are</source>
            <translation>Nach den laufenden Anfragen stoppen; noch nicht versuchte Kunden bleiben unverändert</translation>
        </message>
        <message>
            <source>Retry &amp;Failed</source>
            <translation>&amp;Fehlgeschlagene wiederholen</translation>
        </message>
        <message>
            <source>Try the customers that failed again</source>
            <translation>Die fehlgeschlagenen Kunden erneut versuchen</translation>
        </message>
        <message>
            <source>&amp;Export Report…</source>
            <translation>Bericht &amp;exportieren…</translation>
        </message>
        <message>
            <source>Every customer's outcome as a CSV file</source>
            <translation>Das Ergebnis jedes Kunden als CSV-Datei</translation>
        </message>
        <message>
            <source>Every customer's outcome</source>
            <translation>Das Ergebnis jedes Kunden</translation>
        </message>
        <message>
            <source>The journal or the history could not be written, so nothing more is sent and the change is paused. %1</source>
            <translation>Das Journal oder der Verlauf konnte nicht geschrieben werden, daher wird nichts mehr gesendet und die Änderung ist angehalten. %1</translation>
        </message>
        <message>
            <source>Operations: %1</source>
            <translation>Operationen: %1</translation>
        </message>
        <message>
            <source>Done: %1 · failed: %2 · skipped: %3 · left: %4</source>
            <translation>Erledigt: %1 · fehlgeschlagen: %2 · übersprungen: %3 · verbleibend: %4</translation>
        </message>
        <message>
            <source>excluded: %1</source>
            <translation>ausgeschlossen: %1</translation>
        </message>
        <message>
            <source>%1 customers/s</source>
            <translation>%1 Kunden/s</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>noch %1</translation>
        </message>
        <message>
            <source>up to %1 at a time</source>
            <translation>bis zu %1 gleichzeitig</translation>
        </message>
        <message>
            <source>Ready.</source>
            <translation>Bereit.</translation>
        </message>
        <message>
            <source>Running.</source>
            <translation>Läuft.</translation>
        </message>
        <message>
            <source>Pausing: waiting for the requests in flight (%1)…</source>
            <translation>Wird angehalten: Warten auf laufende Anfragen (%1)…</translation>
        </message>
        <message>
            <source>Paused. Resume goes on with the customers left.</source>
            <translation>Angehalten. Fortsetzen fährt mit den verbleibenden Kunden fort.</translation>
        </message>
        <message>
            <source>Cancelling: waiting for the requests in flight (%1)…</source>
            <translation>Wird abgebrochen: Warten auf laufende Anfragen (%1)…</translation>
        </message>
        <message>
            <source>Cancelled. Customers not tried: %1.</source>
            <translation>Abgebrochen. Nicht versuchte Kunden: %1.</translation>
        </message>
        <message>
            <source>Finished. Customers failed: %1. Retry Failed tries them again.</source>
            <translation>Abgeschlossen. Fehlgeschlagene Kunden: %1. „Fehlgeschlagene wiederholen“ versucht sie erneut.</translation>
        </message>
        <message>
            <source>Finished.</source>
            <translation>Abgeschlossen.</translation>
        </message>
        <message>
            <source>Export Report</source>
            <translation>Bericht exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Not exported: %1 cannot be written (%2).</source>
            <translation>Nicht exportiert: %1 kann nicht geschrieben werden (%2).</translation>
        </message>
        <message>
            <source>Report exported to %1.</source>
            <translation>Bericht nach %1 exportiert.</translation>
        </message>
    </context>
    <context>
        <name>BulkQuitGuard</name>
        <message>
            <source>Bulk Change Running</source>
            <translation>Sammeländerung läuft</translation>
        </message>
        <message>
            <source>A bulk change is still running: %1 of %2 customers done.</source>
            <translation>Eine Sammeländerung läuft noch: %1 von %2 Kunden erledigt.</translation>
        </message>
        <message>
            <source>Quitting pauses it first: the requests already sent finish, then Express Admin quits. The change is offered for resuming at the next start.</source>
            <translation>Beim Beenden wird sie zuerst angehalten: Die bereits gesendeten Anfragen werden abgeschlossen, dann wird Express Admin beendet. Beim nächsten Start wird angeboten, die Änderung fortzusetzen.</translation>
        </message>
        <message>
            <source>&amp;Pause and Quit</source>
            <translation>&amp;Anhalten und beenden</translation>
        </message>
        <message>
            <source>&amp;Don't Quit</source>
            <translation>&amp;Nicht beenden</translation>
        </message>
        <message>
            <source>Pausing the bulk change: waiting for the requests already sent, then quitting…</source>
            <translation>Die Sammeländerung wird angehalten: Warten auf die bereits gesendeten Anfragen, danach wird beendet…</translation>
        </message>
    </context>
    <context>
        <name>BulkResultsModel</name>
        <message>
            <source>Nothing sent</source>
            <translation>Nichts gesendet</translation>
        </message>
        <message>
            <source>Reactivated</source>
            <translation>Reaktiviert</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Deaktiviert</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>BulkResumeOffer</name>
        <message>
            <source>Unfinished Bulk Change</source>
            <translation>Nicht abgeschlossene Sammeländerung</translation>
        </message>
        <message>
            <source>Resume the bulk change “%1” (%2 of %3 customers left)?</source>
            <translation>Sammeländerung „%1“ fortsetzen (%2 von %3 Kunden verbleibend)?</translation>
        </message>
        <message>
            <source>It was started on %1 and did not finish. Resuming first reads again every customer whose change may have been sent, so that none is changed twice. Discard ends it and leaves the customers as they are now; Later asks again at the next start.</source>
            <translation>Sie wurde am %1 gestartet und nicht abgeschlossen. Beim Fortsetzen wird zuerst jeder Kunde erneut gelesen, dessen Änderung möglicherweise gesendet wurde, damit keiner doppelt geändert wird. „Verwerfen“ beendet sie und lässt die Kunden im aktuellen Zustand; „Später“ fragt beim nächsten Start erneut.</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Fortsetzen</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Verwerfen</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Später</translation>
        </message>
        <message>
            <source>Ask again at the next start</source>
            <translation>Beim nächsten Start erneut fragen</translation>
        </message>
    </context>
    <context>
        <name>BulkRunner</name>
        <message>
            <source>Cancelled before it started.</source>
            <translation>Vor dem Start abgebrochen.</translation>
        </message>
        <message>
            <source>Nothing to run.</source>
            <translation>Nichts auszuführen.</translation>
        </message>
    </context>
    <context>
        <name>BulkSession</name>
        <message>
            <source>The workspace holds no bulk change %1.</source>
            <translation>Der Arbeitsbereich enthält keine Sammeländerung %1.</translation>
        </message>
    </context>
    <context>
        <name>BulkSetupPage</name>
        <message>
            <source>Customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>Operations</source>
            <translation>Operationen</translation>
        </message>
        <message>
            <source>Read every customer from the &amp;server for the preview (slower)</source>
            <translation>Für die Vorschau jeden Kunden vom &amp;Server lesen (langsamer)</translation>
        </message>
        <message>
            <source>Otherwise the preview shows the workspace's copy of each customer. Either way each customer is read again right before its change.</source>
            <translation>Andernfalls zeigt die Vorschau die Kopie jedes Kunden im Arbeitsbereich. In jedem Fall wird jeder Kunde unmittelbar vor seiner Änderung erneut gelesen.</translation>
        </message>
        <message>
            <source>&amp;Preview…</source>
            <translation>&amp;Vorschau…</translation>
        </message>
        <message>
            <source>Show what the change does to each customer; nothing is sent yet (Ctrl+Enter)</source>
            <translation>Zeigen, was die Änderung bei jedem Kunden bewirkt; noch wird nichts gesendet (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>Choose the customers first.</source>
            <translation>Wählen Sie zuerst die Kunden aus.</translation>
        </message>
        <message>
            <source>Add at least one operation.</source>
            <translation>Fügen Sie mindestens eine Operation hinzu.</translation>
        </message>
        <message>
            <source>Fix the operations first.</source>
            <translation>Korrigieren Sie zuerst die Operationen.</translation>
        </message>
    </context>
    <context>
        <name>BulkText</name>
        <message>
            <source>Will change</source>
            <translation>Wird geändert</translation>
        </message>
        <message>
            <source>Already as asked</source>
            <translation>Bereits wie gewünscht</translation>
        </message>
        <message>
            <source>Cannot be changed</source>
            <translation>Nicht änderbar</translation>
        </message>
        <message>
            <source>Already changed</source>
            <translation>Bereits geändert</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Von jemand anderem geändert</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Wartend</translation>
        </message>
        <message>
            <source>Excluded</source>
            <translation>Ausgeschlossen</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In Bearbeitung</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>May have been changed</source>
            <translation>Möglicherweise geändert</translation>
        </message>
        <message>
            <source>less than a second</source>
            <translation>weniger als eine Sekunde</translation>
        </message>
        <message numerus="yes">
            <source>about %n s</source>
            <translation>
                <numerusform>etwa %n s</numerusform>
                <numerusform>etwa %n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %n min</source>
            <translation>
                <numerusform>etwa %n min</numerusform>
                <numerusform>etwa %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %n h</source>
            <translation>
                <numerusform>etwa %n h</numerusform>
                <numerusform>etwa %n h</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CliArgumentParser</name>
        <message>
            <source>The API's base URL (default: $AVARA_BASE_URL, else https://api.avarasoftware.com).</source>
            <translation>Die Basis-URL der API (Standard: $AVARA_BASE_URL, sonst https://api.avarasoftware.com).</translation>
        </message>
        <message>
            <source>Work on a fresh local sandbox with demo customers (starts express-sandbox; needs no key and no network).</source>
            <translation>Mit einer frischen lokalen Sandbox mit Demo-Kunden arbeiten (startet express-sandbox; braucht weder Schlüssel noch Netzwerk).</translation>
        </message>
        <message>
            <source>Machine-readable output: JSON on stdout, errors as {"error": {...}}.</source>
            <translation>Maschinenlesbare Ausgabe: JSON auf stdout, Fehler als {"error": {...}}.</translation>
        </message>
        <message>
            <source>Retries after a failed attempt (default 2; 0 disables them).</source>
            <translation>Wiederholungen nach einem fehlgeschlagenen Versuch (Standard 2; 0 schaltet sie ab).</translation>
        </message>
        <message>
            <source>Time limit of each attempt (default 60).</source>
            <translation>Zeitlimit jedes Versuchs (Standard 60).</translation>
        </message>
        <message>
            <source>The %1 command has no option --%2.</source>
            <translation>Der Befehl %1 hat keine Option --%2.</translation>
        </message>
        <message>
            <source>Unknown option --%1.</source>
            <translation>Unbekannte Option --%1.</translation>
        </message>
        <message>
            <source>--%1 takes no value.</source>
            <translation>--%1 nimmt keinen Wert an.</translation>
        </message>
        <message>
            <source>--%1 needs a value (%2).</source>
            <translation>--%1 braucht einen Wert (%2).</translation>
        </message>
        <message>
            <source>--%1 is given more than once.</source>
            <translation>--%1 ist mehr als einmal angegeben.</translation>
        </message>
        <message>
            <source>Unknown option %1.</source>
            <translation>Unbekannte Option %1.</translation>
        </message>
        <message>
            <source>Unknown command “%1”.</source>
            <translation>Unbekannter Befehl „%1“.</translation>
        </message>
        <message>
            <source>No command given.</source>
            <translation>Kein Befehl angegeben.</translation>
        </message>
        <message>
            <source>--base-url: expected an http or https URL such as https://api.avarasoftware.com.</source>
            <translation>--base-url: erwartet wird eine http- oder https-URL wie https://api.avarasoftware.com.</translation>
        </message>
        <message>
            <source>--sandbox and --base-url exclude each other.</source>
            <translation>--sandbox und --base-url schließen einander aus.</translation>
        </message>
        <message>
            <source>--retries: expected a number from 0 to 10.</source>
            <translation>--retries: erwartet wird eine Zahl von 0 bis 10.</translation>
        </message>
        <message>
            <source>--timeout: expected a number of seconds above 0, at most 3600.</source>
            <translation>--timeout: erwartet wird eine Anzahl Sekunden über 0, höchstens 3600.</translation>
        </message>
        <message>
            <source>Exit codes:
  0  success
  1  any other failure (e.g. the sandbox could not be started)
  2  invalid input: usage, a malformed id, validation errors, AVARA_API_KEY not set
  3  the API refused the request (any 4xx, e.g. 404 not found, 401 wrong key)
  4  the API was unreachable or failed (connection, timeout, 5xx, an invalid answer)
  5  the server answered but did not do exactly what was asked
</source>
            <translation>Exit-Codes:
  0  Erfolg
  1  jeder andere Fehler (z. B. konnte die Sandbox nicht gestartet werden)
  2  ungültige Eingabe: Aufruf, eine fehlerhafte ID, Validierungsfehler, AVARA_API_KEY nicht gesetzt
  3  die API hat die Anfrage abgelehnt (jeder 4xx-Status, z. B. 404 nicht gefunden, 401 falscher Schlüssel)
  4  die API war nicht erreichbar oder ist fehlgeschlagen (Verbindung, Zeitüberschreitung, 5xx, eine ungültige Antwort)
  5  der Server hat geantwortet, aber nicht genau das getan, was verlangt wurde
</translation>
        </message>
        <message>
            <source>Show this help; COMMAND --help shows a command's.</source>
            <translation>Diese Hilfe anzeigen; BEFEHL --help zeigt die eines Befehls.</translation>
        </message>
        <message>
            <source>Show the version.</source>
            <translation>Die Version anzeigen.</translation>
        </message>
        <message>
            <source>Usage: express-admin-cli [OPTIONS] %1 %2

%3
</source>
            <translation>Aufruf: express-admin-cli [OPTIONEN] %1 %2

%3
</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>Optionen:</translation>
        </message>
        <message>
            <source>Global options:</source>
            <translation>Globale Optionen:</translation>
        </message>
        <message>
            <source>Usage: express-admin-cli [OPTIONS] COMMAND [ARGUMENTS]

Looks after Avara Express customers from the command line.
</source>
            <translation>Aufruf: express-admin-cli [OPTIONEN] BEFEHL [ARGUMENTE]

Betreut Avara-Express-Kunden über die Kommandozeile.
</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Befehle:</translation>
        </message>
        <message>
            <source>Run 'express-admin-cli COMMAND --help' for a command's options.</source>
            <translation>Rufen Sie „express-admin-cli BEFEHL --help“ für die Optionen eines Befehls auf.</translation>
        </message>
        <message>
            <source>Use this language (e.g. de, en) instead of the system's.</source>
            <translation>Diese Sprache (z. B. de, en) statt der des Systems verwenden.</translation>
        </message>
        <message>
            <source>Environment:
  AVARA_API_KEY   the API key (required unless --sandbox); it is never taken from the command line
  AVARA_BASE_URL  the API's base URL when --base-url is not given
  AVARA_CUSTOM_HEADERS
                  extra request headers, one 'Name: value' per line; the client's own (Authorization,
                  Content-Type, Host, ...) are refused, and every ignored line is reported
  AVARA_LOG       debug (each request), info (retries), warning, error or off; QT_LOGGING_RULES wins
</source>
            <translation>Umgebung:
  AVARA_API_KEY   der API-Schlüssel (erforderlich außer mit --sandbox); er wird nie von der Kommandozeile genommen
  AVARA_BASE_URL  die Basis-URL der API, wenn --base-url nicht angegeben ist
  AVARA_CUSTOM_HEADERS
                  zusätzliche Anfrage-Header, einer je Zeile als „Name: Wert“; die des Clients selbst (Authorization,
                  Content-Type, Host, ...) werden abgelehnt, und jede ignorierte Zeile wird gemeldet
  AVARA_LOG       debug (jede Anfrage), info (Wiederholungen), warning, error oder off; QT_LOGGING_RULES hat Vorrang
</translation>
        </message>
        <message>
            <source>--%1 needs %2 values (%3).</source>
            <translation>--%1 benötigt %2 Werte (%3).</translation>
        </message>
    </context>
    <context>
        <name>CliCommands</name>
        <message>
            <source>Missing arguments: %1 %2</source>
            <translation>Fehlende Argumente: %1 %2</translation>
        </message>
        <message>
            <source>Unexpected argument “%1”.</source>
            <translation>Unerwartetes Argument „%1“.</translation>
        </message>
        <message>
            <source>Invalid customer id “%1”: %2</source>
            <translation>Ungültige Kunden-ID „%1“: %2</translation>
        </message>
        <message>
            <source>--set %1: expected KEY=VALUE.</source>
            <translation>--set %1: erwartet wird KEY=VALUE.</translation>
        </message>
        <message>
            <source>--set: the key “%1” is given more than once.</source>
            <translation>--set: Der Schlüssel „%1“ ist mehr als einmal angegeben.</translation>
        </message>
        <message>
            <source>--unset: the key “%1” is given more than once.</source>
            <translation>--unset: Der Schlüssel „%1“ ist mehr als einmal angegeben.</translation>
        </message>
        <message>
            <source>The key “%1” is given to both --set and --unset.</source>
            <translation>Der Schlüssel „%1“ ist sowohl bei --set als auch bei --unset angegeben.</translation>
        </message>
        <message>
            <source>--metadata-file needs a file name.</source>
            <translation>--metadata-file braucht einen Dateinamen.</translation>
        </message>
        <message>
            <source>--clear-metadata and --metadata-file exclude each other.</source>
            <translation>--clear-metadata und --metadata-file schließen einander aus.</translation>
        </message>
        <message>
            <source>--all and --cursor exclude each other.</source>
            <translation>--all und --cursor schließen einander aus.</translation>
        </message>
        <message>
            <source>--limit: expected a number from 1 to 100.</source>
            <translation>--limit: erwartet wird eine Zahl von 1 bis 100.</translation>
        </message>
        <message>
            <source>Nothing to change: give --name, --set, --unset, --clear-metadata or --metadata-file.</source>
            <translation>Nichts zu ändern: Geben Sie --name, --set, --unset, --clear-metadata oder --metadata-file an.</translation>
        </message>
        <message>
            <source>create needs --name NAME.</source>
            <translation>create braucht --name NAME.</translation>
        </message>
        <message>
            <source>users: expected “add” or “remove”, not “%1”.</source>
            <translation>users: erwartet wird „add“ oder „remove“, nicht „%1“.</translation>
        </message>
        <message>
            <source>Invalid user id “%1”: %2</source>
            <translation>Ungültige Benutzer-ID „%1“: %2</translation>
        </message>
        <message>
            <source>The customer's name (sent trimmed).</source>
            <translation>Der Name des Kunden (ohne führende und folgende Leerzeichen gesendet).</translation>
        </message>
        <message>
            <source>Add a metadata key or change its value (repeatable).</source>
            <translation>Einen Metadaten-Schlüssel hinzufügen oder seinen Wert ändern (wiederholbar).</translation>
        </message>
        <message>
            <source>Replace all metadata with the pairs in FILE, as the app imports them: a .json file holding one object of strings, or a .csv file of key,value records.</source>
            <translation>Alle Metadaten durch die Paare in FILE ersetzen, so wie die App sie importiert: eine .json-Datei mit einem Objekt aus Zeichenketten oder eine .csv-Datei mit key,value-Datensätzen.</translation>
        </message>
        <message>
            <source>Remove a metadata key; a key the customer does not have is an error.</source>
            <translation>Einen Metadaten-Schlüssel entfernen; ein Schlüssel, den der Kunde nicht hat, ist ein Fehler.</translation>
        </message>
        <message>
            <source>Remove all metadata.</source>
            <translation>Alle Metadaten entfernen.</translation>
        </message>
        <message>
            <source>Print the PATCH body that would be sent, and send nothing.</source>
            <translation>Den PATCH-Body ausgeben, der gesendet würde, und nichts senden.</translation>
        </message>
        <message>
            <source>List customers: one page, or every page with --all (printed as each page arrives).</source>
            <translation>Kunden auflisten: eine Seite, oder mit --all alle Seiten (jede wird ausgegeben, sobald sie eintrifft).</translation>
        </message>
        <message>
            <source>Follow the pages to the end.</source>
            <translation>Den Seiten bis zum Ende folgen.</translation>
        </message>
        <message>
            <source>Customers per page, 1 to 100 (default: the server's, 100 with --all).</source>
            <translation>Kunden pro Seite, 1 bis 100 (Standard: die des Servers, 100 mit --all).</translation>
        </message>
        <message>
            <source>Start at this page (the cursor printed by --json).</source>
            <translation>Auf dieser Seite beginnen (der von --json ausgegebene Cursor).</translation>
        </message>
        <message>
            <source>Show one customer.</source>
            <translation>Einen Kunden anzeigen.</translation>
        </message>
        <message>
            <source>Change a customer's name and metadata. Prints what changes and sends only that; nothing when nothing changes. Edits apply in this order: --metadata-file or --clear-metadata, then --unset, then --set.</source>
            <translation>Name und Metadaten eines Kunden ändern. Gibt aus, was sich ändert, und sendet nur das; nichts, wenn sich nichts ändert. Änderungen gelten in dieser Reihenfolge: --metadata-file oder --clear-metadata, dann --unset, dann --set.</translation>
        </message>
        <message>
            <source>Create a customer.</source>
            <translation>Einen Kunden anlegen.</translation>
        </message>
        <message>
            <source>Deactivate a customer.</source>
            <translation>Einen Kunden deaktivieren.</translation>
        </message>
        <message>
            <source>Reactivate a customer.</source>
            <translation>Einen Kunden reaktivieren.</translation>
        </message>
        <message>
            <source>Add a user to a customer, or remove one.</source>
            <translation>Einen Benutzer zu einem Kunden hinzufügen oder einen entfernen.</translation>
        </message>
        <message>
            <source>Mirror every customer into the local workspace, for search. A later sync updates what changed and drops what disappeared.</source>
            <translation>Spiegelt alle Kunden in den lokalen Arbeitsbereich, für die Suche. Eine spätere Synchronisierung übernimmt, was sich geändert hat, und entfernt, was verschwunden ist.</translation>
        </message>
        <message>
            <source>Search the customers mirrored by sync, without the network. Words match the start of words in the name, id, metadata keys and values, and all must match; "a phrase"; key:value (the value's words), key: (has the key); is:active, is:inactive.</source>
            <translation>Durchsucht die mit sync gespiegelten Kunden, ohne Netzwerk. Wörter passen auf den Anfang von Wörtern im Namen, in der ID, in Metadaten-Schlüsseln und -Werten, und alle müssen passen; "eine Wortfolge"; schlüssel:wert (die Wörter des Werts), schlüssel: (hat den Schlüssel); is:active, is:inactive.</translation>
        </message>
        <message>
            <source>--since: expected a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM:SS, optionally with Z or an offset such as +02:00).</source>
            <translation>--since: Erwartet wird ein Datum (JJJJ-MM-TT) oder ein Datum mit Uhrzeit (JJJJ-MM-TTTHH:MM:SS, wahlweise mit Z oder einem Versatz wie +02:00).</translation>
        </message>
        <message>
            <source>Show the history of changes made with this program and the app on this connection, newest first: when, by whom, what was sent, how it ended, and each field before and after. With ID, one customer's.</source>
            <translation>Zeigt den Verlauf der Änderungen, die mit diesem Programm und der App über diese Verbindung gemacht wurden, die neuesten zuerst: wann, von wem, was gesendet wurde, wie es ausging und jedes Feld vorher und nachher. Mit ID die eines Kunden.</translation>
        </message>
        <message>
            <source>Only changes from this date (YYYY-MM-DD, local time) or date and time (ISO 8601) on.</source>
            <translation>Nur Änderungen ab diesem Datum (JJJJ-MM-TT, Ortszeit) oder Datum mit Uhrzeit (ISO 8601).</translation>
        </message>
        <message>
            <source>--rename-key %1: expected OLD=NEW.</source>
            <translation>--rename-key %1: OLD=NEW erwartet.</translation>
        </message>
        <message>
            <source>--concurrency: expected a number from 1 to 64.</source>
            <translation>--concurrency: Zahl von 1 bis 64 erwartet.</translation>
        </message>
        <message>
            <source>--resume goes on with a run as it was started: --%1 cannot be given with it.</source>
            <translation>--resume setzt einen Lauf so fort, wie er gestartet wurde: --%1 kann nicht zusammen damit angegeben werden.</translation>
        </message>
        <message>
            <source>Choose the customers: --search QUERY, --ids FILE or --all.</source>
            <translation>Wählen Sie die Kunden aus: --search QUERY, --ids FILE oder --all.</translation>
        </message>
        <message>
            <source>--search, --ids and --all exclude each other.</source>
            <translation>--search, --ids und --all schließen sich gegenseitig aus.</translation>
        </message>
        <message>
            <source>--ids needs a file name.</source>
            <translation>--ids benötigt einen Dateinamen.</translation>
        </message>
        <message>
            <source>Change many customers at once. The metadata operations apply in the order given; each customer is read right before its change and the operations applied to what it holds then (nothing is sent for one already as asked). --search and --all choose from the customers mirrored by sync. Asks before sending unless --yes; without a terminal, --yes is needed. Exits 0 only when every customer was changed or already as asked, else with the worst failure's code. Every change goes to the history; a run stopped by a crash or kill goes on with --resume, changing no customer twice.</source>
            <translation>Viele Kunden auf einmal ändern. Die Metadaten-Operationen werden in der angegebenen Reihenfolge angewendet; jeder Kunde wird unmittelbar vor seiner Änderung gelesen und die Operationen auf seinen dann aktuellen Stand angewendet (für einen Kunden, der bereits wie gewünscht ist, wird nichts gesendet). --search und --all wählen aus den per Synchronisierung gespiegelten Kunden. Fragt vor dem Senden, außer bei --yes; ohne Terminal ist --yes erforderlich. Beendet sich nur dann mit 0, wenn jeder Kunde geändert wurde oder bereits wie gewünscht war, sonst mit dem Code des schwersten Fehlers. Jede Änderung wird im Verlauf erfasst; ein durch Absturz oder Kill gestoppter Lauf wird mit --resume fortgesetzt, ohne einen Kunden doppelt zu ändern.</translation>
        </message>
        <message>
            <source>The mirrored customers this search finds (as search).</source>
            <translation>Die gespiegelten Kunden, die diese Suche findet (wie bei search).</translation>
        </message>
        <message>
            <source>The customers whose ids are in FILE, one per line (blank lines and lines starting with # are left out).</source>
            <translation>Die Kunden, deren IDs in FILE stehen, eine pro Zeile (Leerzeilen und Zeilen, die mit # beginnen, werden ausgelassen).</translation>
        </message>
        <message>
            <source>Every mirrored customer.</source>
            <translation>Jeder gespiegelte Kunde.</translation>
        </message>
        <message>
            <source>Set a metadata key to a value (repeatable).</source>
            <translation>Einen Metadaten-Schlüssel auf einen Wert setzen (wiederholbar).</translation>
        </message>
        <message>
            <source>Remove a metadata key where it is (repeatable).</source>
            <translation>Einen Metadaten-Schlüssel entfernen, wo er vorhanden ist (wiederholbar).</translation>
        </message>
        <message>
            <source>Rename a metadata key, keeping its value; a customer that already has NEW is not changed (repeatable).</source>
            <translation>Einen Metadaten-Schlüssel umbenennen und seinen Wert behalten; ein Kunde, der NEW bereits hat, wird nicht geändert (wiederholbar).</translation>
        </message>
        <message>
            <source>Replace the text OLD with NEW in the value of KEY, every occurrence, literally (repeatable).</source>
            <translation>Den Text OLD im Wert von KEY wörtlich durch NEW ersetzen, jedes Vorkommen (wiederholbar).</translation>
        </message>
        <message>
            <source>Deactivate the customers.</source>
            <translation>Die Kunden deaktivieren.</translation>
        </message>
        <message>
            <source>Reactivate the customers.</source>
            <translation>Die Kunden reaktivieren.</translation>
        </message>
        <message>
            <source>Read the customers and print what would change (with --json, every planned change); send nothing.</source>
            <translation>Die Kunden lesen und ausgeben, was sich ändern würde (mit --json jede geplante Änderung); nichts senden.</translation>
        </message>
        <message>
            <source>Customers in flight at once (default 8; halved while the server answers 429).</source>
            <translation>Gleichzeitig bearbeitete Kunden (Standard 8; halbiert, solange der Server 429 antwortet).</translation>
        </message>
        <message>
            <source>Do not ask before sending.</source>
            <translation>Vor dem Senden nicht fragen.</translation>
        </message>
        <message>
            <source>Go on with the latest unfinished bulk change on this connection.</source>
            <translation>Die letzte nicht abgeschlossene Sammeländerung auf dieser Verbindung fortsetzen.</translation>
        </message>
    </context>
    <context>
        <name>CliRunner</name>
        <message>
            <source>The input is not valid; nothing was sent.</source>
            <translation>Die Eingabe ist ungültig; es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>AVARA_BASE_URL is not a valid URL.</source>
            <translation>AVARA_BASE_URL ist keine gültige URL.</translation>
        </message>
        <message>
            <source>AVARA_API_KEY is not set. Put the API key in the environment variable AVARA_API_KEY (it is never taken from the command line), or try --sandbox for a local demo.</source>
            <translation>AVARA_API_KEY ist nicht gesetzt. Legen Sie den API-Schlüssel in der Umgebungsvariablen AVARA_API_KEY ab (er wird nie von der Kommandozeile genommen), oder probieren Sie --sandbox für eine lokale Demo.</translation>
        </message>
        <message>
            <source>More customers follow: use --all, or --cursor %1 for the next page.</source>
            <translation>Es folgen weitere Kunden: Verwenden Sie --all oder --cursor %1 für die nächste Seite.</translation>
        </message>
        <message>
            <source>The changes are not valid; nothing was sent.</source>
            <translation>Die Änderungen sind ungültig; es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>No changes.</source>
            <translation>Keine Änderungen.</translation>
        </message>
        <message>
            <source>Dry run, nothing was sent. The request would be:</source>
            <translation>Probelauf, es wurde nichts gesendet. Die Anfrage wäre:</translation>
        </message>
        <message>
            <source>Updated %1.</source>
            <translation>%1 aktualisiert.</translation>
        </message>
        <message>
            <source>Created %1.</source>
            <translation>%1 angelegt.</translation>
        </message>
        <message>
            <source>The server answered, but the customer is still inactive.</source>
            <translation>Der Server hat geantwortet, aber der Kunde ist weiterhin inaktiv.</translation>
        </message>
        <message>
            <source>The server answered, but the customer is still active.</source>
            <translation>Der Server hat geantwortet, aber der Kunde ist weiterhin aktiv.</translation>
        </message>
        <message>
            <source>Reactivated %1.</source>
            <translation>%1 reaktiviert.</translation>
        </message>
        <message>
            <source>Deactivated %1.</source>
            <translation>%1 deaktiviert.</translation>
        </message>
        <message>
            <source>The server answered, but reported that it did not succeed.</source>
            <translation>Der Server hat geantwortet, aber gemeldet, dass es nicht gelungen ist.</translation>
        </message>
        <message>
            <source>The server answered, but reported: %1</source>
            <translation>Der Server hat geantwortet, aber gemeldet: %1</translation>
        </message>
        <message>
            <source>Added user %1 to customer %2.</source>
            <translation>Benutzer %1 zum Kunden %2 hinzugefügt.</translation>
        </message>
        <message>
            <source>Removed user %1 from customer %2.</source>
            <translation>Benutzer %1 vom Kunden %2 entfernt.</translation>
        </message>
        <message>
            <source>name: sent “%1”, answered “%2”</source>
            <translation>Name: gesendet „%1“, geantwortet „%2“</translation>
        </message>
        <message>
            <source>metadata %1: sent “%2”, answered “%3”</source>
            <translation>Metadaten %1: gesendet „%2“, geantwortet „%3“</translation>
        </message>
        <message>
            <source>metadata %1: sent “%2”, missing from the answer</source>
            <translation>Metadaten %1: gesendet „%2“, fehlt in der Antwort</translation>
        </message>
        <message>
            <source>metadata %1: removed, but the answer still has “%2”</source>
            <translation>Metadaten %1: entfernt, aber die Antwort enthält noch „%2“</translation>
        </message>
        <message>
            <source>To see what it holds now: express-admin-cli get %1</source>
            <translation>Was er jetzt gespeichert hat, zeigt: express-admin-cli get %1</translation>
        </message>
        <message>
            <source>The server accepted the update, but holds something other than what was sent (its answer differed, and so does the customer read again). %1</source>
            <translation>Der Server hat die Änderung angenommen, hat aber etwas anderes gespeichert als gesendet (seine Antwort wich ab, und der erneut gelesene Kunde ebenso). %1</translation>
        </message>
        <message>
            <source>The server accepted the update, but its answer differs from what was sent, and reading the customer again failed (%1). %2</source>
            <translation>Der Server hat die Änderung angenommen, aber seine Antwort weicht vom Gesendeten ab, und das erneute Lesen des Kunden ist fehlgeschlagen (%1). %2</translation>
        </message>
        <message>
            <source>Note: the server's answer was out of date; reading the customer again shows the update is stored.</source>
            <translation>Hinweis: Die Antwort des Servers war veraltet; der erneut gelesene Kunde zeigt, dass die Änderung gespeichert ist.</translation>
        </message>
        <message>
            <source>The customer was created, but not exactly as sent.</source>
            <translation>Der Kunde wurde angelegt, aber nicht genau wie gesendet.</translation>
        </message>
        <message>
            <source>The API key was refused (401). Check the key in the environment variable AVARA_API_KEY (it is never taken from the command line).</source>
            <translation>Der API-Schlüssel wurde abgelehnt (401). Prüfen Sie den Schlüssel in der Umgebungsvariablen AVARA_API_KEY (er wird nie von der Befehlszeile übernommen).</translation>
        </message>
        <message>
            <source>Synced %1 customers…</source>
            <translation>Kunden synchronisiert: %1 …</translation>
        </message>
        <message>
            <source>Synced %1 customers in %2 s.</source>
            <translation>Kunden synchronisiert: %1, in %2 s.</translation>
        </message>
        <message>
            <source>Dropped customers no longer listed: %1.</source>
            <translation>Entfernte Kunden, die nicht mehr gelistet sind: %1.</translation>
        </message>
        <message>
            <source>No customers are mirrored for this connection yet: run express-admin-cli sync first.</source>
            <translation>Für diese Verbindung sind noch keine Kunden gespiegelt: Führen Sie zuerst express-admin-cli sync aus.</translation>
        </message>
        <message>
            <source>Customers found: %1, in the mirror synced at %2.</source>
            <translation>Gefundene Kunden: %1, im Spiegel vom %2.</translation>
        </message>
        <message>
            <source>Customers found: %1, in a mirror whose last sync did not complete.</source>
            <translation>Gefundene Kunden: %1, in einem Spiegel, dessen letzte Synchronisierung nicht abgeschlossen wurde.</translation>
        </message>
        <message>
            <source>Nothing was sent: the change could not be recorded in the history first. %1</source>
            <translation>Es wurde nichts gesendet: Die Änderung konnte nicht zuerst im Verlauf festgehalten werden. %1</translation>
        </message>
        <message>
            <source>express-admin-cli: warning: the change was made, but the history could not record all of it: %1</source>
            <translation>express-admin-cli: Warnung: Die Änderung wurde vorgenommen, aber der Verlauf konnte sie nicht vollständig festhalten: %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1, line %2: “%3” is not a customer id.</source>
            <translation>%1, Zeile %2: „%3“ ist keine Kunden-ID.</translation>
        </message>
        <message>
            <source>No customers are chosen; nothing to do.</source>
            <translation>Keine Kunden ausgewählt; nichts zu tun.</translation>
        </message>
        <message>
            <source>This would change up to %1 customers; without a terminal to ask on, nothing is sent unless --yes is given.</source>
            <translation>Dies würde bis zu %1 Kunden ändern; ohne Terminal für die Rückfrage wird nichts gesendet, sofern nicht --yes angegeben ist.</translation>
        </message>
        <message>
            <source>The ids file cannot be used; nothing was sent.</source>
            <translation>Die ID-Datei kann nicht verwendet werden; es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>No customers are mirrored for this connection yet: run express-admin-cli sync first (--search and --all choose from the mirror), or give --ids FILE.</source>
            <translation>Für diese Verbindung sind noch keine Kunden gespiegelt: Führen Sie zuerst express-admin-cli sync aus (--search und --all wählen aus dem Spiegel) oder geben Sie --ids FILE an.</translation>
        </message>
        <message>
            <source>%1 customers chosen from the mirror synced at %2; customers created since are not among them (express-admin-cli sync first to include them).</source>
            <translation>%1 Kunden aus dem am %2 synchronisierten Spiegel ausgewählt; seitdem erstellte Kunden sind nicht enthalten (zuerst express-admin-cli sync ausführen, um sie einzubeziehen).</translation>
        </message>
        <message>
            <source>Reading customers: %1 of %2…</source>
            <translation>Kunden werden gelesen: %1 von %2…</translation>
        </message>
        <message>
            <source>Dry run: nothing was sent.</source>
            <translation>Probelauf: Es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>Every customer is already as asked: nothing to send.</source>
            <translation>Jeder Kunde ist bereits wie gewünscht: nichts zu senden.</translation>
        </message>
        <message>
            <source>Send these changes (%1)? [y/N]</source>
            <translation>Diese Änderungen senden (%1)? [j/N]</translation>
        </message>
        <message>
            <source>Without a terminal to ask on, nothing is sent unless --yes is given.</source>
            <translation>Ohne Terminal für die Rückfrage wird nichts gesendet, sofern nicht --yes angegeben ist.</translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation>Es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>Nothing was sent: the bulk change could not be recorded in the workspace first. %1</source>
            <translation>Es wurde nichts gesendet: Die Sammeländerung konnte nicht vorab im Arbeitsbereich erfasst werden. %1</translation>
        </message>
        <message>
            <source>There is no unfinished bulk change on this connection.</source>
            <translation>Auf dieser Verbindung gibt es keine nicht abgeschlossene Sammeländerung.</translation>
        </message>
        <message>
            <source>Going on with the bulk change %1 started %2 by %3 (%4): %5 customers, %6 left, of which %7 are checked first (their change may have been sent).</source>
            <translation>Sammeländerung %1 wird fortgesetzt, gestartet %2 von %3 (%4): %5 Kunden, %6 verbleibend, davon werden %7 zuerst geprüft (ihre Änderung wurde möglicherweise gesendet).</translation>
        </message>
        <message>
            <source>Go on? [y/N]</source>
            <translation>Fortfahren? [j/N]</translation>
        </message>
        <message>
            <source>express-admin-cli: the workspace cannot be written, so nothing more is sent: %1</source>
            <translation>express-admin-cli: Der Arbeitsbereich kann nicht geschrieben werden, daher wird nichts mehr gesendet: %1</translation>
        </message>
        <message>
            <source>The bulk change stopped before its end; express-admin-cli bulk --resume goes on with it.</source>
            <translation>Die Sammeländerung wurde vor ihrem Ende gestoppt; express-admin-cli bulk --resume setzt sie fort.</translation>
        </message>
    </context>
    <context>
        <name>ConflictChoiceWidget</name>
        <message>
            <source>Conflict: %1</source>
            <translation>Konflikt: %1</translation>
        </message>
        <message>
            <source>Original</source>
            <translation>Ursprünglich</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Meinen behalten</translation>
        </message>
        <message>
            <source>Keep mine for %1</source>
            <translation>Meinen Wert für %1 behalten</translation>
        </message>
        <message>
            <source>&amp;Take server's</source>
            <translation>Wert des Servers ü&amp;bernehmen</translation>
        </message>
        <message>
            <source>Take the server's value for %1</source>
            <translation>Den Wert des Servers für %1 übernehmen</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>nicht gesetzt</translation>
        </message>
        <message>
            <source>Original value</source>
            <translation>Ursprünglicher Wert</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>entfernt</translation>
        </message>
        <message>
            <source>My value</source>
            <translation>Mein Wert</translation>
        </message>
        <message>
            <source>Server's value</source>
            <translation>Wert des Servers</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Key “%1”</source>
            <translation>Schlüssel „%1“</translation>
        </message>
    </context>
    <context>
        <name>ConnectionController</name>
        <message>
            <source>The server refused the key of “%1”. Enter the right key.</source>
            <translation>Der Server hat den Schlüssel von „%1“ abgelehnt. Geben Sie den richtigen Schlüssel ein.</translation>
        </message>
        <message>
            <source>Enter the API key of “%1”.</source>
            <translation>Geben Sie den API-Schlüssel von „%1“ ein.</translation>
        </message>
        <message>
            <source>Starting the sandbox…</source>
            <translation>Sandbox wird gestartet…</translation>
        </message>
        <message>
            <source>Connected to “%1”.</source>
            <translation>Verbunden mit „%1“.</translation>
        </message>
        <message>
            <source>switch to “%1”</source>
            <translation>zu „%1“ wechseln</translation>
        </message>
        <message>
            <source>switch to the sandbox</source>
            <translation>zur Sandbox wechseln</translation>
        </message>
        <message>
            <source>The change was made, but the history could not record all of it. %1</source>
            <translation>Die Änderung wurde vorgenommen, aber der Verlauf konnte sie nicht vollständig festhalten. %1</translation>
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <source>Red — production</source>
            <translation>Rot — Produktion</translation>
        </message>
        <message>
            <source>Amber — staging</source>
            <translation>Bernstein — Staging</translation>
        </message>
        <message>
            <source>Green — test</source>
            <translation>Grün — Test</translation>
        </message>
        <message>
            <source>Blue — development</source>
            <translation>Blau — Entwicklung</translation>
        </message>
        <message>
            <source>Purple</source>
            <translation>Lila</translation>
        </message>
        <message>
            <source>Grey</source>
            <translation>Grau</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <source>Connection profiles</source>
            <translation>Verbindungsprofile</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Neu</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Profile name</source>
            <translation>Profilname</translation>
        </message>
        <message>
            <source>e.g. Production</source>
            <translation>z. B. Produktion</translation>
        </message>
        <message>
            <source>API base URL</source>
            <translation>API-Basis-URL</translation>
        </message>
        <message>
            <source>Profile colour</source>
            <translation>Profilfarbe</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API-Schlüssel</translation>
        </message>
        <message>
            <source>Paste the API key</source>
            <translation>API-Schlüssel einfügen</translation>
        </message>
        <message>
            <source>Show the key</source>
            <translation>Schlüssel anzeigen</translation>
        </message>
        <message>
            <source>&amp;Test Connection</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>Na&amp;me:</translation>
        </message>
        <message>
            <source>&amp;URL:</source>
            <translation>&amp;URL:</translation>
        </message>
        <message>
            <source>C&amp;olour:</source>
            <translation>&amp;Farbe:</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>API-&amp;Schlüssel:</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Verbinden</translation>
        </message>
        <message>
            <source>Environment (AVARA_API_KEY)</source>
            <translation>Umgebung (AVARA_API_KEY)</translation>
        </message>
        <message>
            <source>Sandbox (local demo data)</source>
            <translation>Sandbox (lokale Demodaten)</translation>
        </message>
        <message>
            <source>(in this app, on 127.0.0.1)</source>
            <translation>(in dieser App, auf 127.0.0.1)</translation>
        </message>
        <message>
            <source>Not needed</source>
            <translation>Nicht nötig</translation>
        </message>
        <message>
            <source>The sandbox runs inside Express Admin with 30 demo customers; nothing leaves this computer and changes are forgotten when you quit.</source>
            <translation>Die Sandbox läuft in Express Admin mit 30 Demo-Kunden; nichts verlässt diesen Computer, und Änderungen gehen beim Beenden verloren.</translation>
        </message>
        <message>
            <source>From AVARA_API_KEY</source>
            <translation>Aus AVARA_API_KEY</translation>
        </message>
        <message>
            <source>The key and URL come from the environment variables AVARA_API_KEY and AVARA_BASE_URL.</source>
            <translation>Schlüssel und URL stammen aus den Umgebungsvariablen AVARA_API_KEY und AVARA_BASE_URL.</translation>
        </message>
        <message>
            <source>Reading the key…</source>
            <translation>Schlüssel wird gelesen…</translation>
        </message>
        <message>
            <source>The key is stored in the system keychain.</source>
            <translation>Der Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
        </message>
        <message>
            <source>The key will be stored in the system keychain.</source>
            <translation>Der Schlüssel wird im Schlüsselbund des Systems gespeichert.</translation>
        </message>
        <message>
            <source>New profile</source>
            <translation>Neues Profil</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Wird getestet…</translation>
        </message>
        <message>
            <source>Connected: the server answered and the key was accepted.</source>
            <translation>Verbunden: Der Server hat geantwortet und den Schlüssel akzeptiert.</translation>
        </message>
        <message>
            <source>Checking the system keychain…</source>
            <translation>Der Schlüsselbund des Systems wird geprüft …</translation>
        </message>
    </context>
    <context>
        <name>ConnectionProfile</name>
        <message>
            <source>Environment</source>
            <translation>Umgebung</translation>
        </message>
        <message>
            <source>Sandbox</source>
            <translation>Sandbox</translation>
        </message>
    </context>
    <context>
        <name>ConnectionWorkspace</name>
        <message>
            <source>Search, history and drafts are off for this connection: %1</source>
            <translation>Suche, Verlauf und Entwürfe sind für diese Verbindung ausgeschaltet: %1</translation>
        </message>
    </context>
    <context>
        <name>Console</name>
        <message>
            <source>y</source>
            <translation>j</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>The quoted text that starts on line %1 is never closed.</source>
            <translation>Der in Zeile %1 beginnende Text in Anführungszeichen wird nie geschlossen.</translation>
        </message>
    </context>
    <context>
        <name>CustomHeaders</name>
        <message>
            <source>Line %1 of AVARA_CUSTOM_HEADERS is not “Name: value” (no colon); it was ignored.</source>
            <translation>Zeile %1 von AVARA_CUSTOM_HEADERS hat nicht die Form „Name: Wert“ (kein Doppelpunkt); sie wurde ignoriert.</translation>
        </message>
        <message>
            <source>Line %1 of AVARA_CUSTOM_HEADERS was ignored: %2</source>
            <translation>Zeile %1 von AVARA_CUSTOM_HEADERS wurde ignoriert: %2</translation>
        </message>
        <message>
            <source>the header name is empty or holds characters other than letters, digits and !#$%&amp;'*+-.^_`|~.</source>
            <translation>der Header-Name ist leer oder enthält andere Zeichen als Buchstaben, Ziffern und !#$%&amp;'*+-.^_`|~.</translation>
        </message>
        <message>
            <source>the client sets the header “%1” itself; it cannot be replaced or added.</source>
            <translation>der Client setzt den Header „%1“ selbst; er kann weder ersetzt noch hinzugefügt werden.</translation>
        </message>
        <message>
            <source>the value of the header “%1” holds a line break, another control character or a character beyond ASCII.</source>
            <translation>der Wert des Headers „%1“ enthält einen Zeilenumbruch, ein anderes Steuerzeichen oder ein Zeichen außerhalb von ASCII.</translation>
        </message>
    </context>
    <context>
        <name>CustomerChange</name>
        <message>
            <source>Renamed from “%1” to “%2”</source>
            <translation>Umbenannt von „%1“ in „%2“</translation>
        </message>
        <message>
            <source>Added “%1”: “%2”</source>
            <translation>„%1“ hinzugefügt: „%2“</translation>
        </message>
        <message>
            <source>Removed “%1” (was “%2”)</source>
            <translation>„%1“ entfernt (war „%2“)</translation>
        </message>
        <message>
            <source>Changed “%1” from “%2” to “%3”</source>
            <translation>„%1“ von „%2“ in „%3“ geändert</translation>
        </message>
    </context>
    <context>
        <name>CustomerDetailWidget</name>
        <message>
            <source>Customer id</source>
            <translation>Kunden-ID</translation>
        </message>
        <message>
            <source>Copy the id</source>
            <translation>ID kopieren</translation>
        </message>
        <message>
            <source>Copy the customer id</source>
            <translation>Die Kunden-ID kopieren</translation>
        </message>
        <message>
            <source>Customer name</source>
            <translation>Kundenname</translation>
        </message>
        <message>
            <source>The customer's name</source>
            <translation>Der Name des Kunden</translation>
        </message>
        <message>
            <source>Deactivate…</source>
            <translation>Deaktivieren…</translation>
        </message>
        <message>
            <source>Deactivate the customer</source>
            <translation>Den Kunden deaktivieren</translation>
        </message>
        <message>
            <source>Reactivate…</source>
            <translation>Reaktivieren…</translation>
        </message>
        <message>
            <source>Reactivate the customer</source>
            <translation>Den Kunden reaktivieren</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Id:</source>
            <translation>ID:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>&amp;Users:</source>
            <translation>&amp;Benutzer:</translation>
        </message>
        <message>
            <source>Created:</source>
            <translation>Angelegt:</translation>
        </message>
        <message>
            <source>Updated:</source>
            <translation>Aktualisiert:</translation>
        </message>
        <message>
            <source>Created by:</source>
            <translation>Angelegt von:</translation>
        </message>
        <message>
            <source>Metadata</source>
            <translation>Metadaten</translation>
        </message>
        <message>
            <source>Copied %1.</source>
            <translation>%1 kopiert.</translation>
        </message>
        <message>
            <source>Reactivate customer</source>
            <translation>Kunden reaktivieren</translation>
        </message>
        <message>
            <source>Deactivate customer</source>
            <translation>Kunden deaktivieren</translation>
        </message>
        <message>
            <source>Reactivate “%1”?</source>
            <translation>„%1“ reaktivieren?</translation>
        </message>
        <message>
            <source>Deactivate “%1”?</source>
            <translation>„%1“ deaktivieren?</translation>
        </message>
        <message>
            <source>Its users can sign in again.</source>
            <translation>Seine Benutzer können sich wieder anmelden.</translation>
        </message>
        <message numerus="yes">
            <source>Its %n user(s) can no longer sign in until it is reactivated.</source>
            <translation>
                <numerusform>Sein %n Benutzer kann sich nicht mehr anmelden, bis der Kunde reaktiviert wird.</numerusform>
                <numerusform>Seine %n Benutzer können sich nicht mehr anmelden, bis der Kunde reaktiviert wird.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Reaktivieren</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deaktivieren</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Deaktiviert</translation>
        </message>
        <message>
            <source>API key %1</source>
            <translation>API-Schlüssel %1</translation>
        </message>
        <message>
            <source>User %1</source>
            <translation>Benutzer %1</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>On the server: “%1”</source>
            <translation>Auf dem Server: „%1“</translation>
        </message>
        <message>
            <source>Changed.</source>
            <translation>Geändert.</translation>
        </message>
    </context>
    <context>
        <name>CustomerFormatter</name>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>“%1” (%2)</source>
            <translation>„%1“ (%2)</translation>
        </message>
        <message>
            <source>No customers.</source>
            <translation>Keine Kunden.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>ACTIVE</source>
            <translation>AKTIV</translation>
        </message>
        <message>
            <source>USERS</source>
            <translation>BENUTZER</translation>
        </message>
        <message>
            <source>UPDATED</source>
            <translation>AKTUALISIERT</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Angelegt</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Aktualisiert</translation>
        </message>
        <message>
            <source>Created by user</source>
            <translation>Angelegt von Benutzer</translation>
        </message>
        <message>
            <source>Created by API key</source>
            <translation>Angelegt von API-Schlüssel</translation>
        </message>
        <message>
            <source>Metadata: none</source>
            <translation>Metadaten: keine</translation>
        </message>
        <message numerus="yes">
            <source>Metadata (%n):</source>
            <translation>
                <numerusform>Metadaten (%n):</numerusform>
                <numerusform>Metadaten (%n):</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerJson</name>
        <message>
            <source>The field “%1” is missing.</source>
            <translation>Das Feld „%1“ fehlt.</translation>
        </message>
        <message>
            <source>The field “%1” must be %2.</source>
            <translation>Das Feld „%1“ muss %2 sein.</translation>
        </message>
        <message>
            <source>The field “%1” is invalid: %2</source>
            <translation>Das Feld „%1“ ist ungültig: %2</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>eine Zeichenkette</translation>
        </message>
        <message>
            <source>a string or null</source>
            <translation>eine Zeichenkette oder null</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true oder false</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>an object or null</source>
            <translation>ein Objekt oder null</translation>
        </message>
        <message>
            <source>“%1” is not a date and time such as 2024-01-15T09:00:00Z.</source>
            <translation>„%1“ ist kein Datum mit Uhrzeit wie 2024-01-15T09:00:00Z.</translation>
        </message>
        <message>
            <source>The customer is not a JSON object.</source>
            <translation>Der Kunde ist kein JSON-Objekt.</translation>
        </message>
        <message>
            <source>%1 is not a whole number of 0 or more.</source>
            <translation>%1 ist keine ganze Zahl ab 0.</translation>
        </message>
        <message>
            <source>The response is not valid JSON (%1 at byte %2).</source>
            <translation>Die Antwort ist kein gültiges JSON (%1 bei Byte %2).</translation>
        </message>
        <message>
            <source>an array</source>
            <translation>ein Array</translation>
        </message>
    </context>
    <context>
        <name>CustomerListModel</name>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Deaktiviert</translation>
        </message>
        <message numerus="yes">
            <source>%Ln user(s)</source>
            <translation>
                <numerusform>%Ln Benutzer</numerusform>
                <numerusform>%Ln Benutzer</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>The server did not say when this customer was last updated.</source>
            <translation>Der Server hat nicht mitgeteilt, wann dieser Kunde zuletzt aktualisiert wurde.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>When the customer last changed, in local time</source>
            <translation>Wann sich der Kunde zuletzt geändert hat, in Ortszeit</translation>
        </message>
    </context>
    <context>
        <name>CustomerListPanel</name>
        <message>
            <source>Filter Customers</source>
            <translation>Kunden filtern</translation>
        </message>
        <message>
            <source>Open by Id</source>
            <translation>Per ID öffnen</translation>
        </message>
        <message>
            <source>Filter by name or id</source>
            <translation>Nach Name oder ID filtern</translation>
        </message>
        <message>
            <source>Filter customers</source>
            <translation>Kunden filtern</translation>
        </message>
        <message>
            <source>Shows the customers whose name or id contains this text (%1)</source>
            <translation>Zeigt die Kunden, deren Name oder ID diesen Text enthält (%1)</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Erneut versuchen</translation>
        </message>
        <message>
            <source>Retry loading customers</source>
            <translation>Laden der Kunden erneut versuchen</translation>
        </message>
        <message>
            <source>Ask again for the page that failed; the customers already loaded stay</source>
            <translation>Die fehlgeschlagene Seite erneut anfordern; die bereits geladenen Kunden bleiben</translation>
        </message>
        <message>
            <source>Customer list status</source>
            <translation>Status der Kundenliste</translation>
        </message>
        <message>
            <source>Loading customers</source>
            <translation>Kunden werden geladen</translation>
        </message>
        <message>
            <source>&amp;Open by id:</source>
            <translation>Per &amp;ID öffnen:</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Could not load the customers. %1</source>
            <translation>Die Kunden konnten nicht geladen werden. %1</translation>
        </message>
        <message>
            <source>Could not load more customers. %1</source>
            <translation>Weitere Kunden konnten nicht geladen werden. %1</translation>
        </message>
        <message numerus="yes">
            <source>Showing %1 of %Ln loaded customer(s), searching the rest…</source>
            <translation>
                <numerusform>%1 von %Ln geladenen Kunden angezeigt, der Rest wird durchsucht…</numerusform>
                <numerusform>%1 von %Ln geladenen Kunden angezeigt, der Rest wird durchsucht…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing %1 of %Ln customer(s)</source>
            <translation>
                <numerusform>%1 von %Ln Kunden angezeigt</numerusform>
                <numerusform>%1 von %Ln Kunden angezeigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing %1 of %Ln loaded customer(s)</source>
            <translation>
                <numerusform>%1 von %Ln geladenen Kunden angezeigt</numerusform>
                <numerusform>%1 von %Ln geladenen Kunden angezeigt</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading customers…</source>
            <translation>Kunden werden geladen…</translation>
        </message>
        <message>
            <source>No customers</source>
            <translation>Keine Kunden</translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s)</source>
            <translation>
                <numerusform>%Ln Kunde</numerusform>
                <numerusform>%Ln Kunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s) loaded, more available</source>
            <translation>
                <numerusform>%Ln Kunde geladen, weitere verfügbar</numerusform>
                <numerusform>%Ln Kunden geladen, weitere verfügbar</numerusform>
            </translation>
        </message>
        <message>
            <source>Show customers by status</source>
            <translation>Kunden nach Status zeigen</translation>
        </message>
        <message>
            <source>Shows all customers, only the active ones or only the deactivated ones</source>
            <translation>Zeigt alle Kunden, nur die aktiven oder nur die deaktivierten</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Deaktiviert</translation>
        </message>
        <message>
            <source>%1; sorted among those loaded</source>
            <translation>%1; sortiert unter den geladenen</translation>
        </message>
        <message>
            <source>Only the customers loaded so far are sorted. Scroll down to load the rest: they are sorted in as they arrive.</source>
            <translation>Nur die bisher geladenen Kunden sind sortiert. Scrollen Sie nach unten, um den Rest zu laden: Er wird beim Eintreffen einsortiert.</translation>
        </message>
        <message>
            <source>%1 selected</source>
            <translation>%1 ausgewählt</translation>
        </message>
    </context>
    <context>
        <name>CustomerListSelection</name>
        <message>
            <source>Select &amp;All Results</source>
            <translation>&amp;Alle Ergebnisse auswählen</translation>
        </message>
        <message>
            <source>Select every customer the search finds, not only the rows on screen</source>
            <translation>Jeden Kunden auswählen, den die Suche findet, nicht nur die angezeigten Zeilen</translation>
        </message>
    </context>
    <context>
        <name>CustomerPageJson</name>
        <message>
            <source>The page of customers is not a JSON object.</source>
            <translation>Die Seite mit Kunden ist kein JSON-Objekt.</translation>
        </message>
    </context>
    <context>
        <name>CustomerPane</name>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>CustomerSession</name>
        <message>
            <source>Not saved: the review was cancelled. Your edits are still here.</source>
            <translation>Nicht gespeichert: Die Überprüfung wurde abgebrochen. Ihre Änderungen sind noch da.</translation>
        </message>
        <message>
            <source>Revert all</source>
            <translation>Alles zurücksetzen</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>%1 wird geöffnet…</translation>
        </message>
        <message>
            <source>Reading %1 again…</source>
            <translation>%1 wird erneut gelesen …</translation>
        </message>
        <message>
            <source>Your edits are kept: Save sends them again, Reload shows what the server holds.</source>
            <translation>Ihre Änderungen bleiben erhalten: Speichern sendet sie erneut, Neu laden zeigt, was der Server gespeichert hat.</translation>
        </message>
        <message>
            <source>Saved, but the server did something other than what was asked. %1 Reading the customer again failed, so what it holds now is not known. %2</source>
            <translation>Gespeichert, aber der Server hat etwas anderes getan als verlangt. %1 Der Kunde konnte nicht erneut gelesen werden; was der Server jetzt gespeichert hat, ist daher unbekannt. %2</translation>
        </message>
        <message>
            <source>Saved, but the server did something other than what was asked. %1 %2</source>
            <translation>Gespeichert, aber der Server hat etwas anderes getan als verlangt. %1 %2</translation>
        </message>
        <message>
            <source>Saved, but the server answered with something other than what was sent. Reading the customer again shows your changes are stored; the server's answer was out of date.</source>
            <translation>Gespeichert, aber der Server hat mit etwas anderem geantwortet, als gesendet wurde. Der erneut gelesene Kunde zeigt, dass Ihre Änderungen gespeichert sind; die Antwort des Servers war veraltet.</translation>
        </message>
        <message>
            <source>Saved “%1”. What you typed while it was saving is kept, not saved yet.</source>
            <translation>„%1“ gespeichert. Was Sie während des Speicherns eingegeben haben, bleibt erhalten und ist noch nicht gespeichert.</translation>
        </message>
        <message>
            <source>Saved “%1”.</source>
            <translation>„%1“ gespeichert.</translation>
        </message>
        <message>
            <source>Nothing to save: the server already has these values.</source>
            <translation>Nichts zu speichern: Der Server hat diese Werte bereits.</translation>
        </message>
        <message>
            <source>Reactivating…</source>
            <translation>Wird reaktiviert…</translation>
        </message>
        <message>
            <source>Deactivating…</source>
            <translation>Wird deaktiviert…</translation>
        </message>
        <message>
            <source>“%1” is active again.</source>
            <translation>„%1“ ist wieder aktiv.</translation>
        </message>
        <message>
            <source>“%1” is deactivated.</source>
            <translation>„%1“ ist deaktiviert.</translation>
        </message>
        <message>
            <source>Users cannot be added to a deactivated customer: reactivate it first.</source>
            <translation>Einem deaktivierten Kunden können keine Benutzer hinzugefügt werden: Reaktivieren Sie ihn zuerst.</translation>
        </message>
        <message>
            <source>Adding %1…</source>
            <translation>%1 wird hinzugefügt…</translation>
        </message>
        <message>
            <source>Removing %1…</source>
            <translation>%1 wird entfernt…</translation>
        </message>
        <message>
            <source>Added %1.</source>
            <translation>%1 hinzugefügt.</translation>
        </message>
        <message>
            <source>Removed %1.</source>
            <translation>%1 entfernt.</translation>
        </message>
    </context>
    <context>
        <name>CustomerUsersEditor</name>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Entfernen …</translation>
        </message>
        <message>
            <source>User id to add or remove</source>
            <translation>Benutzer-ID zum Hinzufügen oder Entfernen</translation>
        </message>
        <message>
            <source>Add the user</source>
            <translation>Den Benutzer hinzufügen</translation>
        </message>
        <message>
            <source>Remove the user</source>
            <translation>Den Benutzer entfernen</translation>
        </message>
        <message>
            <source>Remove user</source>
            <translation>Benutzer entfernen</translation>
        </message>
        <message>
            <source>Remove %1 from “%2”?</source>
            <translation>%1 aus „%2“ entfernen?</translation>
        </message>
        <message>
            <source>The user can no longer work with this customer's studies.</source>
            <translation>Der Benutzer kann danach nicht mehr mit den Studien dieses Kunden arbeiten.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message numerus="yes">
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n Benutzer</numerusform>
                <numerusform>%n Benutzer</numerusform>
            </translation>
        </message>
        <message>
            <source>Users cannot be added to a deactivated customer: reactivate it first.</source>
            <translation>Einem deaktivierten Kunden können keine Benutzer hinzugefügt werden: Reaktivieren Sie ihn zuerst.</translation>
        </message>
    </context>
    <context>
        <name>DraftRecovery</name>
        <message>
            <source>Your unsaved edits of “%1” could not be kept for after a crash. They are still here: save them to keep them. %2</source>
            <translation>Ihre ungespeicherten Änderungen an „%1“ konnten nicht für den Fall eines Absturzes aufbewahrt werden. Sie sind noch da: Speichern Sie sie, um sie zu behalten. %2</translation>
        </message>
        <message>
            <source>Unsaved Edits</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Restore your unsaved edits of “%1”?</source>
            <translation>Ihre ungespeicherten Änderungen an „%1“ wiederherstellen?</translation>
        </message>
        <message>
            <source>They were kept on %1, when Express Admin stopped without saving them. Restoring opens the customer as the server holds it now and puts your edits on top; nothing is saved until you save.</source>
            <translation>Sie wurden am %1 aufbewahrt, als Express Admin endete, ohne sie zu speichern. Beim Wiederherstellen wird der Kunde so geöffnet, wie der Server ihn jetzt hält, und Ihre Änderungen kommen obendrauf; gespeichert wird erst, wenn Sie speichern.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Verwerfen</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Später</translation>
        </message>
        <message>
            <source>Ask again when this customer is opened, or at the next start</source>
            <translation>Wieder fragen, wenn dieser Kunde geöffnet wird, oder beim nächsten Start</translation>
        </message>
        <message>
            <source>Your unsaved edits of “%1” were not restored; they are kept for the next start.</source>
            <translation>Ihre ungespeicherten Änderungen an „%1“ wurden nicht wiederhergestellt; sie bleiben für den nächsten Start aufbewahrt.</translation>
        </message>
        <message>
            <source>The server already holds your unsaved edits of “%1”: there was nothing to restore.</source>
            <translation>Der Server hält Ihre ungespeicherten Änderungen an „%1“ bereits: Es gab nichts wiederherzustellen.</translation>
        </message>
        <message>
            <source>Your unsaved edits of “%1” are back, combined with what was changed on the server meanwhile. They are not saved yet.</source>
            <translation>Ihre ungespeicherten Änderungen an „%1“ sind zurück, zusammengeführt mit dem, was inzwischen auf dem Server geändert wurde. Sie sind noch nicht gespeichert.</translation>
        </message>
        <message>
            <source>Your unsaved edits of “%1” are back. They are not saved yet.</source>
            <translation>Ihre ungespeicherten Änderungen an „%1“ sind zurück. Sie sind noch nicht gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>EditPlan</name>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>metadata</source>
            <translation>Metadaten</translation>
        </message>
        <message>
            <source>metadata “%1”</source>
            <translation>Metadaten „%1“</translation>
        </message>
        <message>
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>Warnung</translation>
        </message>
    </context>
    <context>
        <name>EmbeddedSandbox</name>
        <message>
            <source>The sandbox could not start: %1</source>
            <translation>Die Sandbox konnte nicht starten: %1</translation>
        </message>
    </context>
    <context>
        <name>ExpressClient</name>
        <message>
            <source>“%1” is not a customer id (cus_ followed by 32 lowercase hexadecimal digits). Nothing was sent.</source>
            <translation>„%1“ ist keine Kunden-ID (cus_ gefolgt von 32 Hexadezimalziffern in Kleinbuchstaben). Es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>“%1” is not a user id (usr_ followed by 32 lowercase hexadecimal digits). Nothing was sent.</source>
            <translation>„%1“ ist keine Benutzer-ID (usr_ gefolgt von 32 Hexadezimalziffern in Kleinbuchstaben). Es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation>Es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>the server returned the same cursor again, so the list would never end.</source>
            <translation>der Server hat denselben Cursor erneut geliefert, die Liste würde also nie enden.</translation>
        </message>
        <message>
            <source>The page size must be between 1 and 100, not %1. Nothing was sent.</source>
            <translation>Die Seitengröße muss zwischen 1 und 100 liegen, nicht %1. Es wurde nichts gesendet.</translation>
        </message>
    </context>
    <context>
        <name>FilterHint</name>
        <message>
            <source>Search: words, key:value, key:, is:active, "a phrase"</source>
            <translation>Suche: Wörter, schlüssel:wert, schlüssel:, is:active, "eine Wortfolge"</translation>
        </message>
        <message>
            <source>&lt;p&gt;Searches every customer of the workspace as you type (%1):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;cedar valley&lt;/b&gt;: each word starts a word of the name, the id, a metadata key or a value&lt;/li&gt;&lt;li&gt;&lt;b&gt;"cedar valley"&lt;/b&gt;: these words, one after the other&lt;/li&gt;&lt;li&gt;&lt;b&gt;region:north&lt;/b&gt;: the metadata key “region” has a value with a word starting with “north”&lt;/li&gt;&lt;li&gt;&lt;b&gt;region:&lt;/b&gt;: the customer has the metadata key “region”&lt;/li&gt;&lt;li&gt;&lt;b&gt;is:active&lt;/b&gt;, &lt;b&gt;is:inactive&lt;/b&gt;: by status&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;Durchsucht beim Tippen alle Kunden des Arbeitsbereichs (%1):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;cedar valley&lt;/b&gt;: Jedes Wort ist der Anfang eines Worts im Namen, in der ID, in einem Metadaten-Schlüssel oder -Wert&lt;/li&gt;&lt;li&gt;&lt;b&gt;"cedar valley"&lt;/b&gt;: diese Wörter hintereinander&lt;/li&gt;&lt;li&gt;&lt;b&gt;region:north&lt;/b&gt;: Der Metadaten-Schlüssel „region“ hat einen Wert mit einem Wort, das mit „north“ beginnt&lt;/li&gt;&lt;li&gt;&lt;b&gt;region:&lt;/b&gt;: Der Kunde hat den Metadaten-Schlüssel „region“&lt;/li&gt;&lt;li&gt;&lt;b&gt;is:active&lt;/b&gt;, &lt;b&gt;is:inactive&lt;/b&gt;: nach Status&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to Express Admin</source>
            <translation>Willkommen bei Express Admin</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Welcome to Express Admin&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Willkommen bei Express Admin&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>Try the app on a local sandbox with 30 demo customers — nothing leaves this computer — or connect to the Avara API with an API key.</source>
            <translation>Probieren Sie die App mit einer lokalen Sandbox mit 30 Demo-Kunden aus — nichts verlässt diesen Computer — oder verbinden Sie sich mit einem API-Schlüssel mit der Avara-API.</translation>
        </message>
        <message>
            <source>&amp;Try the Sandbox</source>
            <translation>Sandbox &amp;ausprobieren</translation>
        </message>
        <message>
            <source>&amp;Connect…</source>
            <translation>&amp;Verbinden…</translation>
        </message>
    </context>
    <context>
        <name>HistoryBrowser</name>
        <message>
            <source>&amp;Undo This Change…</source>
            <translation>Diese Änderung &amp;rückgängig machen …</translation>
        </message>
        <message>
            <source>History entries</source>
            <translation>Verlaufseinträge</translation>
        </message>
        <message>
            <source>Put the opposite of this change into the customer's form as unsaved edits (or offer the opposite action), to review and save as usual</source>
            <translation>Das Gegenteil dieser Änderung als ungespeicherte Änderungen ins Formular des Kunden setzen (oder die gegenteilige Aktion anbieten), zum Prüfen und Speichern wie gewohnt</translation>
        </message>
        <message>
            <source>&amp;Open Customer</source>
            <translation>Kunden ö&amp;ffnen</translation>
        </message>
        <message>
            <source>The history cannot be read: %1</source>
            <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>No changes recorded.</source>
            <translation>Keine Änderungen festgehalten.</translation>
        </message>
    </context>
    <context>
        <name>HistoryController</name>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>The history is not available: this connection has no workspace.</source>
            <translation>Der Verlauf ist nicht verfügbar: Diese Verbindung hat keinen Arbeitsbereich.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDetailView</name>
        <message>
            <source>Request body, exactly as sent:</source>
            <translation>Anfrage-Body, genau wie gesendet:</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>Changes, before and after</source>
            <translation>Änderungen, vorher und nachher</translation>
        </message>
        <message>
            <source>Request body</source>
            <translation>Anfrage-Body</translation>
        </message>
        <message>
            <source>Choose an entry to see its changes and the request that was sent.</source>
            <translation>Wählen Sie einen Eintrag, um seine Änderungen und die gesendete Anfrage zu sehen.</translation>
        </message>
        <message>
            <source>%1 of %2 — %3</source>
            <translation>%1 von %2 — %3</translation>
        </message>
        <message>
            <source>Journaled %1 by %2 with %3, on %4</source>
            <translation>Festgehalten %1 von %2 mit %3, bei %4</translation>
        </message>
        <message>
            <source>Completed %1</source>
            <translation>Abgeschlossen %1</translation>
        </message>
        <message>
            <source>This request has no body.</source>
            <translation>Diese Anfrage hat keinen Body.</translation>
        </message>
    </context>
    <context>
        <name>HistoryFormatter</name>
        <message>
            <source>pending</source>
            <translation>ausstehend</translation>
        </message>
        <message>
            <source>succeeded</source>
            <translation>erfolgreich</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>may have been applied</source>
            <translation>vielleicht übernommen</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>„%1“</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>(unknown)</source>
            <translation>(unbekannt)</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>inaktiv</translation>
        </message>
        <message>
            <source>name: %1 → %2</source>
            <translation>Name: %1 → %2</translation>
        </message>
        <message>
            <source>status: %1 → %2</source>
            <translation>Status: %1 → %2</translation>
        </message>
        <message>
            <source>metadata %1: %2 → %3</source>
            <translation>Metadaten %1: %2 → %3</translation>
        </message>
        <message>
            <source>user %1: added</source>
            <translation>Benutzer %1: hinzugefügt</translation>
        </message>
        <message>
            <source>user %1: removed</source>
            <translation>Benutzer %1: entfernt</translation>
        </message>
        <message>
            <source>“%1” (no id yet)</source>
            <translation>„%1“ (noch ohne ID)</translation>
        </message>
        <message>
            <source>“%1” (%2)</source>
            <translation>„%1“ (%2)</translation>
        </message>
        <message>
            <source>%1  %2  %3  %4  by %5 with %6</source>
            <translation>%1  %2  %3  %4  von %5 mit %6</translation>
        </message>
        <message>
            <source>note: %1</source>
            <translation>Hinweis: %1</translation>
        </message>
        <message>
            <source>No changes recorded.</source>
            <translation>Keine Änderungen festgehalten.</translation>
        </message>
    </context>
    <context>
        <name>HistoryJournal</name>
        <message>
            <source>The history holds no entry %1 to complete; it may have been removed.</source>
            <translation>Der Verlauf enthält keinen Eintrag %1 zum Abschließen; er wurde vielleicht entfernt.</translation>
        </message>
    </context>
    <context>
        <name>HistoryTableModel</name>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Vorgang</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Änderungen</translation>
        </message>
    </context>
    <context>
        <name>HistoryText</name>
        <message>
            <source>Update</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Anlegen</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deaktivieren</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Reaktivieren</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>Benutzer hinzufügen</translation>
        </message>
        <message>
            <source>Remove user</source>
            <translation>Benutzer entfernen</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Ausstehend</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>Erfolgreich</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>May have been applied</source>
            <translation>Vielleicht übernommen</translation>
        </message>
        <message>
            <source>Journaled and sent; no answer has been recorded yet (it is under way, or the program stopped).</source>
            <translation>Festgehalten und gesendet; noch ist keine Antwort festgehalten (sie ist unterwegs, oder das Programm wurde beendet).</translation>
        </message>
        <message>
            <source>The server confirmed the change.</source>
            <translation>Der Server hat die Änderung bestätigt.</translation>
        </message>
        <message>
            <source>The server refused the change, or it was never sent: nothing was changed.</source>
            <translation>Der Server hat die Änderung abgelehnt, oder sie wurde nie gesendet: Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The answer never came: the server may or may not have applied the change. Open the customer to see what it holds.</source>
            <translation>Die Antwort kam nie: Der Server hat die Änderung vielleicht übernommen, vielleicht nicht. Öffnen Sie den Kunden, um zu sehen, was er hält.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Metadata “%1”</source>
            <translation>Metadaten „%1“</translation>
        </message>
        <message>
            <source>User %1</source>
            <translation>Benutzer %1</translation>
        </message>
        <message>
            <source>member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <source>not a member</source>
            <translation>kein Mitglied</translation>
        </message>
        <message>
            <source>(unknown)</source>
            <translation>(unbekannt)</translation>
        </message>
        <message>
            <source>(absent)</source>
            <translation>(nicht vorhanden)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>active: %1</source>
            <translation>aktiv: %1</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>no changes recorded</source>
            <translation>keine Änderungen festgehalten</translation>
        </message>
        <message>
            <source>(new customer)</source>
            <translation>(neuer Kunde)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 (UTC %2)</source>
            <translation>%1 (UTC %2)</translation>
        </message>
    </context>
    <context>
        <name>HistoryUndo</name>
        <message>
            <source>“%1” is active already.</source>
            <translation>„%1“ ist bereits aktiv.</translation>
        </message>
        <message>
            <source>“%1” is deactivated already.</source>
            <translation>„%1“ ist bereits deaktiviert.</translation>
        </message>
        <message>
            <source>The form already holds the values from before this change.</source>
            <translation>Das Formular enthält bereits die Werte von vor dieser Änderung.</translation>
        </message>
        <message>
            <source>Undo the change of %1</source>
            <translation>Die Änderung vom %1 rückgängig machen</translation>
        </message>
        <message>
            <source>Restore values</source>
            <translation>Werte wiederherstellen</translation>
        </message>
        <message>
            <source>The opposite of the change of %1 is in the form, not saved yet: review it and save.</source>
            <translation>Das Gegenteil der Änderung vom %1 steht im Formular, noch nicht gespeichert: Prüfen und speichern Sie es.</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>Benutzer hinzufügen</translation>
        </message>
        <message>
            <source>Add %1 to “%2” again?</source>
            <translation>%1 wieder zu „%2“ hinzufügen?</translation>
        </message>
        <message>
            <source>This undoes the removal journaled on %1.</source>
            <translation>Das macht das am %1 festgehaltene Entfernen rückgängig.</translation>
        </message>
        <message>
            <source>Add User</source>
            <translation>Benutzer hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Von</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Bis</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>Als CSV &amp;exportieren …</translation>
        </message>
        <message>
            <source>History — Express Admin</source>
            <translation>Verlauf — Express Admin</translation>
        </message>
        <message>
            <source>cus_… (every customer)</source>
            <translation>cus_… (alle Kunden)</translation>
        </message>
        <message>
            <source>Customer id</source>
            <translation>Kunden-ID</translation>
        </message>
        <message>
            <source>Name, user, key, value, request…</source>
            <translation>Name, Benutzer, Schlüssel, Wert, Anfrage …</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Ab Datum</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Bis Datum</translation>
        </message>
        <message>
            <source>&amp;Customer:</source>
            <translation>&amp;Kunde:</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>Te&amp;xt:</translation>
        </message>
        <message>
            <source>The history is not available: this connection has no workspace.</source>
            <translation>Der Verlauf ist nicht verfügbar: Diese Verbindung hat keinen Arbeitsbereich.</translation>
        </message>
        <message>
            <source>Export History</source>
            <translation>Verlauf exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Not exported: %1</source>
            <translation>Nicht exportiert: %1</translation>
        </message>
        <message>
            <source>Not exported: %1 cannot be written (%2).</source>
            <translation>Nicht exportiert: %1 kann nicht geschrieben werden (%2).</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n entries to %1.</source>
            <translation>
                <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
                <numerusform>%n Einträge nach %1 exportiert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JournaledWrites</name>
        <message>
            <source>The change was not sent, and nothing of it is lost: it could not be recorded in the history first. %1</source>
            <translation>Die Änderung wurde nicht gesendet, und nichts davon ist verloren: Sie konnte nicht zuerst im Verlauf festgehalten werden. %1</translation>
        </message>
        <message>
            <source>The server answered, but the customer is still inactive.</source>
            <translation>Der Server hat geantwortet, aber der Kunde ist weiterhin inaktiv.</translation>
        </message>
        <message>
            <source>The server answered, but the customer is still active.</source>
            <translation>Der Server hat geantwortet, aber der Kunde ist weiterhin aktiv.</translation>
        </message>
        <message>
            <source>The server answered, but reported that it did not succeed.</source>
            <translation>Der Server hat geantwortet, aber gemeldet, dass es nicht gelungen ist.</translation>
        </message>
    </context>
    <context>
        <name>ListArea</name>
        <message>
            <source>Not connected.</source>
            <translation>Nicht verbunden.</translation>
        </message>
    </context>
    <context>
        <name>Logging</name>
        <message>
            <source>AVARA_LOG=“%1” is not a log level (debug, info, warning, error or off); it was ignored.</source>
            <translation>AVARA_LOG=„%1“ ist keine Protokollstufe (debug, info, warning, error oder off); der Wert wurde ignoriert.</translation>
        </message>
    </context>
    <context>
        <name>MainActions</name>
        <message>
            <source>&amp;Connect…</source>
            <translation>&amp;Verbinden…</translation>
        </message>
        <message>
            <source>Connect to another profile or manage profiles</source>
            <translation>Mit einem anderen Profil verbinden oder Profile verwalten</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Quit Express Admin</source>
            <translation>Express Admin beenden</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>Undo the last edit</source>
            <translation>Die letzte Bearbeitung rückgängig machen</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Redo the last undone edit</source>
            <translation>Die zuletzt rückgängig gemachte Bearbeitung wiederholen</translation>
        </message>
        <message>
            <source>Re&amp;vert All Changes</source>
            <translation>Alle Änderungen &amp;verwerfen</translation>
        </message>
        <message>
            <source>Put the name and metadata back as the server has them</source>
            <translation>Name und Metadaten wieder so, wie der Server sie hat</translation>
        </message>
        <message>
            <source>Copy &amp;Id</source>
            <translation>&amp;ID kopieren</translation>
        </message>
        <message>
            <source>Copy the customer's id to the clipboard</source>
            <translation>Die ID des Kunden in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Speichern…</translation>
        </message>
        <message>
            <source>Review the changes and send them to the server</source>
            <translation>Die Änderungen überprüfen und an den Server senden</translation>
        </message>
        <message>
            <source>&amp;Review Before Saving</source>
            <translation>Vor dem Speichern ü&amp;berprüfen</translation>
        </message>
        <message>
            <source>Show the changes for review before they are sent</source>
            <translation>Die Änderungen vor dem Senden zur Überprüfung anzeigen</translation>
        </message>
        <message>
            <source>Re&amp;load</source>
            <translation>&amp;Neu laden</translation>
        </message>
        <message>
            <source>Read the customer and the list from the server again</source>
            <translation>Den Kunden und die Liste erneut vom Server lesen</translation>
        </message>
        <message>
            <source>&amp;Open by Id…</source>
            <translation>Per ID ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Type a customer id to open it</source>
            <translation>Eine Kunden-ID eingeben, um den Kunden zu öffnen</translation>
        </message>
        <message>
            <source>&amp;Deactivate…</source>
            <translation>&amp;Deaktivieren…</translation>
        </message>
        <message>
            <source>Deactivate the customer (asks first)</source>
            <translation>Den Kunden deaktivieren (mit Rückfrage)</translation>
        </message>
        <message>
            <source>Re&amp;activate…</source>
            <translation>Re&amp;aktivieren…</translation>
        </message>
        <message>
            <source>Reactivate the customer (asks first)</source>
            <translation>Den Kunden reaktivieren (mit Rückfrage)</translation>
        </message>
        <message>
            <source>Add &amp;User</source>
            <translation>Ben&amp;utzer hinzufügen</translation>
        </message>
        <message>
            <source>Add the user whose id is typed in the Users field</source>
            <translation>Den Benutzer hinzufügen, dessen ID im Feld „Benutzer“ steht</translation>
        </message>
        <message>
            <source>Re&amp;move User…</source>
            <translation>Benutzer ent&amp;fernen …</translation>
        </message>
        <message>
            <source>Remove the user whose id is typed in the Users field (asks first)</source>
            <translation>Den Benutzer entfernen, dessen ID im Feld „Benutzer“ steht (fragt vorher)</translation>
        </message>
        <message>
            <source>Customer &amp;List</source>
            <translation>Kunden&amp;liste</translation>
        </message>
        <message>
            <source>Show or hide the customer list</source>
            <translation>Die Kundenliste ein- oder ausblenden</translation>
        </message>
        <message>
            <source>&amp;Filter Customers</source>
            <translation>Kunden &amp;filtern</translation>
        </message>
        <message>
            <source>Type to filter the customer list</source>
            <translation>Tippen, um die Kundenliste zu filtern</translation>
        </message>
        <message>
            <source>Go to &amp;List</source>
            <translation>Zu&amp;r Liste</translation>
        </message>
        <message>
            <source>Move the keyboard focus to the customer list</source>
            <translation>Den Tastaturfokus in die Kundenliste setzen</translation>
        </message>
        <message>
            <source>Go to &amp;Details</source>
            <translation>Zu den &amp;Details</translation>
        </message>
        <message>
            <source>Move the keyboard focus to the customer's name</source>
            <translation>Den Tastaturfokus auf den Namen des Kunden setzen</translation>
        </message>
        <message>
            <source>&amp;About Express Admin</source>
            <translation>Ü&amp;ber Express Admin</translation>
        </message>
        <message>
            <source>Version and licence</source>
            <translation>Version und Lizenz</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <source>Every change made to customers through this connection: filter, export, undo</source>
            <translation>Jede Änderung an Kunden über diese Verbindung: filtern, exportieren, rückgängig machen</translation>
        </message>
        <message>
            <source>&amp;Bulk Change…</source>
            <translation>&amp;Sammeländerung…</translation>
        </message>
        <message>
            <source>Change many customers at once: preview, run, pause, resume, report</source>
            <translation>Viele Kunden auf einmal ändern: Vorschau, Lauf, Anhalten, Fortsetzen, Bericht</translation>
        </message>
    </context>
    <context>
        <name>MainMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Customer</source>
            <translation>&amp;Kunde</translation>
        </message>
        <message>
            <source>&amp;Metadata</source>
            <translation>&amp;Metadaten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Main Toolbar</source>
            <translation>Haupt-Symbolleiste</translation>
        </message>
        <message>
            <source>&amp;Toolbar</source>
            <translation>&amp;Symbolleiste</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Choose a customer from the list, or open one by its id (%1).</source>
            <translation>Wählen Sie einen Kunden aus der Liste oder öffnen Sie einen per ID (%1).</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Nicht verbunden</translation>
        </message>
        <message>
            <source>Profile “%1” — %2</source>
            <translation>Profil „%1“ — %2</translation>
        </message>
        <message>
            <source>Connect with File › Connect…</source>
            <translation>Verbinden mit Datei › Verbinden…</translation>
        </message>
        <message>
            <source>%1 · key for this session only</source>
            <translation>%1 · Schlüssel nur für diese Sitzung</translation>
        </message>
        <message>
            <source>%1 — Express Admin</source>
            <translation>%1 — Express Admin</translation>
        </message>
        <message>
            <source>Express Admin</source>
            <translation>Express Admin</translation>
        </message>
        <message>
            <source>open another customer</source>
            <translation>einen anderen Kunden öffnen</translation>
        </message>
        <message>
            <source>reload</source>
            <translation>neu laden</translation>
        </message>
        <message>
            <source>Fix the problems shown before saving.</source>
            <translation>Beheben Sie die angezeigten Probleme vor dem Speichern.</translation>
        </message>
        <message>
            <source>About Express Admin</source>
            <translation>Über Express Admin</translation>
        </message>
        <message>
            <source>&lt;b&gt;Express Admin %1&lt;/b&gt;</source>
            <translation>&lt;b&gt;Express Admin %1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Looks after Avara Express customers: names, metadata, state and users.
Built with Qt %1.</source>
            <translation>Betreut Avara-Express-Kunden: Namen, Metadaten, Status und Benutzer.
Erstellt mit Qt %1.</translation>
        </message>
        <message>
            <source>close the window</source>
            <translation>das Fenster schließen</translation>
        </message>
        <message>
            <source>The server refused the key of “%1”.</source>
            <translation>Der Server hat den Schlüssel von „%1“ abgelehnt.</translation>
        </message>
        <message>
            <source>The server refused the key.</source>
            <translation>Der Server hat den Schlüssel abgelehnt.</translation>
        </message>
        <message>
            <source>%1 · key refused</source>
            <translation>%1 · Schlüssel abgelehnt</translation>
        </message>
        <message>
            <source>Re&amp;vert All Changes to “%1”</source>
            <translation>Alle Änderungen an „%1“ &amp;verwerfen</translation>
        </message>
        <message>
            <source>Re&amp;vert All Changes</source>
            <translation>Alle Änderungen &amp;verwerfen</translation>
        </message>
    </context>
    <context>
        <name>MergeConflict</name>
        <message>
            <source>removed</source>
            <translation>entfernt</translation>
        </message>
        <message>
            <source>Name: yours %1, theirs %2 (was %3)</source>
            <translation>Name: Ihrer %1, der des Servers %2 (war %3)</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>nicht gesetzt</translation>
        </message>
        <message>
            <source>“%1”: yours %2, theirs %3 (was %4)</source>
            <translation>„%1“: Ihrer %2, der des Servers %3 (war %4)</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Erneut versuchen</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <source>Fix &amp;key…</source>
            <translation>&amp;Schlüssel korrigieren…</translation>
        </message>
        <message>
            <source>Fix the API key</source>
            <translation>Den API-Schlüssel korrigieren</translation>
        </message>
        <message>
            <source>Close the message (Esc)</source>
            <translation>Die Meldung schließen (Esc)</translation>
        </message>
        <message>
            <source>Close the message</source>
            <translation>Die Meldung schließen</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Hinweis</translation>
        </message>
    </context>
    <context>
        <name>MetadataClipboard</name>
        <message>
            <source>Line %1 has one column; copy a key column and a value column.</source>
            <translation>Zeile %1 hat nur eine Spalte; kopieren Sie eine Schlüssel- und eine Wertspalte.</translation>
        </message>
        <message>
            <source>Line %1 has no comma between key and value.</source>
            <translation>Zeile %1 hat kein Komma zwischen Schlüssel und Wert.</translation>
        </message>
        <message>
            <source>Line %1 has no “%2” between key and value.</source>
            <translation>Zeile %1 hat kein „%2“ zwischen Schlüssel und Wert.</translation>
        </message>
        <message>
            <source>The clipboard holds no text to paste.</source>
            <translation>Die Zwischenablage enthält keinen Text zum Einfügen.</translation>
        </message>
        <message>
            <source>The text holds no key/value pairs. Paste two spreadsheet columns, CSV, or lines like “key=value” or “key: value”.</source>
            <translation>Der Text enthält keine Schlüssel-Wert-Paare. Fügen Sie zwei Tabellenspalten, CSV oder Zeilen wie „key=value“ oder „key: value“ ein.</translation>
        </message>
    </context>
    <context>
        <name>MetadataCommands</name>
        <message>
            <source>Edit key “%1”</source>
            <translation>Schlüssel „%1“ bearbeiten</translation>
        </message>
        <message>
            <source>Edit value of “%1”</source>
            <translation>Wert von „%1“ bearbeiten</translation>
        </message>
        <message numerus="yes">
            <source>Add %n row</source>
            <translation>
                <numerusform>%n Zeile hinzufügen</numerusform>
                <numerusform>%n Zeilen hinzufügen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %n rows</source>
            <translation>
                <numerusform>%n Zeile hinzufügen</numerusform>
                <numerusform>%n Zeilen hinzufügen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n row</source>
            <translation>
                <numerusform>%n Zeile entfernen</numerusform>
                <numerusform>%n Zeilen entfernen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n rows</source>
            <translation>
                <numerusform>%n Zeile entfernen</numerusform>
                <numerusform>%n Zeilen entfernen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Revert %n row</source>
            <translation>
                <numerusform>%n Zeile zurücksetzen</numerusform>
                <numerusform>%n Zeilen zurücksetzen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Revert %n rows</source>
            <translation>
                <numerusform>%n Zeile zurücksetzen</numerusform>
                <numerusform>%n Zeilen zurücksetzen</numerusform>
            </translation>
        </message>
        <message>
            <source>Revert all metadata changes</source>
            <translation>Alle Metadatenänderungen zurücksetzen</translation>
        </message>
    </context>
    <context>
        <name>MetadataDocument</name>
        <message>
            <source>%1 / %2</source>
            <comment>metadata pairs used / allowed</comment>
            <translation>%1 / %2</translation>
        </message>
        <message numerus="yes">
            <source>%n error</source>
            <translation>
                <numerusform>%n Fehler</numerusform>
                <numerusform>%n Fehler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n errors</source>
            <translation>
                <numerusform>%n Fehler</numerusform>
                <numerusform>%n Fehler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning</source>
            <translation>
                <numerusform>%n Warnung</numerusform>
                <numerusform>%n Warnungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warnings</source>
            <translation>
                <numerusform>%n Warnung</numerusform>
                <numerusform>%n Warnungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Row %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <comment>counts — first issue</comment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <translation>
                <numerusform>%n hinzugefügt</numerusform>
                <numerusform>%n hinzugefügt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation>
                <numerusform>%n geändert</numerusform>
                <numerusform>%n geändert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n removed</source>
            <translation>
                <numerusform>%n entfernt</numerusform>
                <numerusform>%n entfernt</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved: %1.</source>
            <translation>Nicht gespeichert: %1.</translation>
        </message>
    </context>
    <context>
        <name>MetadataEditor</name>
        <message>
            <source>Metadata</source>
            <translation>Metadaten</translation>
        </message>
        <message>
            <source>Key and value pairs of the customer</source>
            <translation>Schlüssel-Wert-Paare des Kunden</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Neu</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Re&amp;vert Row</source>
            <translation>&amp;Verwerfen</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>E&amp;infügen</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>I&amp;mport…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>E&amp;xport…</translation>
        </message>
        <message>
            <source>Add a row and type its key (%1)</source>
            <translation>Eine Zeile hinzufügen und ihren Schlüssel eingeben (%1)</translation>
        </message>
        <message numerus="yes">
            <source>Metadata pairs used of the %n allowed</source>
            <translation>
                <numerusform>Genutzte Metadatenpaare von %n erlaubten</numerusform>
                <numerusform>Genutzte Metadatenpaare von %n erlaubten</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 metadata pairs</source>
            <translation>%1 von %2 Metadatenpaaren</translation>
        </message>
    </context>
    <context>
        <name>MetadataEdits</name>
        <message>
            <source>--unset %1: the customer has no metadata key “%1”.</source>
            <translation>--unset %1: Der Kunde hat keinen Metadaten-Schlüssel „%1“.</translation>
        </message>
    </context>
    <context>
        <name>MetadataFile</name>
        <message>
            <source>null</source>
            <translation>null</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true oder false</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>eine Liste</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>ein Objekt</translation>
        </message>
        <message>
            <source>not text</source>
            <translation>kein Text</translation>
        </message>
        <message>
            <source>“%1” is neither a .json nor a .csv file.</source>
            <translation>„%1“ ist weder eine .json- noch eine .csv-Datei.</translation>
        </message>
        <message>
            <source>The file is not valid JSON: %1 at character %2.</source>
            <translation>Die Datei ist kein gültiges JSON: %1 bei Zeichen %2.</translation>
        </message>
        <message>
            <source>The file must hold one JSON object of keys and text values.</source>
            <translation>Die Datei muss ein JSON-Objekt aus Schlüsseln und Textwerten enthalten.</translation>
        </message>
        <message>
            <source>The value of “%1” is %2; metadata values must be text (in quotes).</source>
            <translation>Der Wert von „%1“ ist %2; Metadatenwerte müssen Text sein (in Anführungszeichen).</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text.</source>
            <translation>Die Datei ist kein UTF-8-Text.</translation>
        </message>
        <message>
            <source>Could not open “%1”: %2</source>
            <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>“%1” is too large to be metadata.</source>
            <translation>„%1“ ist zu groß für Metadaten.</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2</source>
            <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>MetadataItemDelegate</name>
        <message numerus="yes">
            <source>%1 / %n characters: %2 over the limit</source>
            <translation>
                <numerusform>%1 / %n Zeichen: %2 über der Grenze</numerusform>
                <numerusform>%1 / %n Zeichen: %2 über der Grenze</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 / %n characters</source>
            <translation>
                <numerusform>%1 / %n Zeichen</numerusform>
                <numerusform>%1 / %n Zeichen</numerusform>
            </translation>
        </message>
        <message>
            <source>Metadata key</source>
            <translation>Metadaten-Schlüssel</translation>
        </message>
        <message numerus="yes">
            <source>Key, up to %n characters</source>
            <translation>
                <numerusform>Schlüssel, bis zu %n Zeichen</numerusform>
                <numerusform>Schlüssel, bis zu %n Zeichen</numerusform>
            </translation>
        </message>
        <message>
            <source>Metadata value</source>
            <translation>Metadaten-Wert</translation>
        </message>
        <message numerus="yes">
            <source>Value, up to %n characters. Shift+Enter starts a new line.</source>
            <translation>
                <numerusform>Wert, bis zu %n Zeichen. Umschalt+Eingabe beginnt eine neue Zeile.</numerusform>
                <numerusform>Wert, bis zu %n Zeichen. Umschalt+Eingabe beginnt eine neue Zeile.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MetadataTableModel</name>
        <message>
            <source>Added; not saved yet.</source>
            <translation>Hinzugefügt; noch nicht gespeichert.</translation>
        </message>
        <message>
            <source>Removed when you save. Revert the row to keep it.</source>
            <translation>Wird beim Speichern entfernt. Setzen Sie die Zeile zurück, um sie zu behalten.</translation>
        </message>
        <message>
            <source>Was %1.</source>
            <translation>War %1.</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message numerus="yes">
            <source>Up to %n characters; click to sort.</source>
            <translation>
                <numerusform>Bis zu %n Zeichen; zum Sortieren klicken.</numerusform>
                <numerusform>Bis zu %n Zeichen; zum Sortieren klicken.</numerusform>
            </translation>
        </message>
        <message>
            <source>Row %1: added</source>
            <translation>Zeile %1: hinzugefügt</translation>
        </message>
        <message>
            <source>Row %1: changed</source>
            <translation>Zeile %1: geändert</translation>
        </message>
        <message>
            <source>Removed when you save</source>
            <translation>Wird beim Speichern entfernt</translation>
        </message>
        <message>
            <source>Row %1</source>
            <translation>Zeile %1</translation>
        </message>
    </context>
    <context>
        <name>MetadataTransfer</name>
        <message>
            <source>Nothing pasted: %1</source>
            <translation>Nichts eingefügt: %1</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n metadata pair</source>
            <translation>
                <numerusform>%n Metadatenpaar einfügen</numerusform>
                <numerusform>%n Metadatenpaare einfügen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paste %n metadata pairs</source>
            <translation>
                <numerusform>%n Metadatenpaar einfügen</numerusform>
                <numerusform>%n Metadatenpaare einfügen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n pair: %1 added, %2 updated, %3 already as pasted.</source>
            <translation>
                <numerusform>%n Paar eingefügt: %1 hinzugefügt, %2 aktualisiert, %3 bereits wie eingefügt.</numerusform>
                <numerusform>%n Paare eingefügt: %1 hinzugefügt, %2 aktualisiert, %3 bereits wie eingefügt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n pairs: %1 added, %2 updated, %3 already as pasted.</source>
            <translation>
                <numerusform>%n Paar eingefügt: %1 hinzugefügt, %2 aktualisiert, %3 bereits wie eingefügt.</numerusform>
                <numerusform>%n Paare eingefügt: %1 hinzugefügt, %2 aktualisiert, %3 bereits wie eingefügt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing imported: %1</source>
            <translation>Nichts importiert: %1</translation>
        </message>
        <message>
            <source>Nothing imported: “%1” holds no metadata.</source>
            <translation>Nichts importiert: „%1“ enthält keine Metadaten.</translation>
        </message>
        <message numerus="yes">
            <source>Import %n metadata pair from “%1”</source>
            <translation>
                <numerusform>%n Metadatenpaar aus „%1“ importieren</numerusform>
                <numerusform>%n Metadatenpaare aus „%1“ importieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n metadata pairs from “%1”</source>
            <translation>
                <numerusform>%n Metadatenpaar aus „%1“ importieren</numerusform>
                <numerusform>%n Metadatenpaare aus „%1“ importieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n pair from “%1”: %2 added, %3 updated, %4 already as in the file.</source>
            <translation>
                <numerusform>%n Paar aus „%1“ importiert: %2 hinzugefügt, %3 aktualisiert, %4 bereits wie in der Datei.</numerusform>
                <numerusform>%n Paare aus „%1“ importiert: %2 hinzugefügt, %3 aktualisiert, %4 bereits wie in der Datei.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n pairs from “%1”: %2 added, %3 updated, %4 already as in the file.</source>
            <translation>
                <numerusform>%n Paar aus „%1“ importiert: %2 hinzugefügt, %3 aktualisiert, %4 bereits wie in der Datei.</numerusform>
                <numerusform>%n Paare aus „%1“ importiert: %2 hinzugefügt, %3 aktualisiert, %4 bereits wie in der Datei.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not exported: %1</source>
            <translation>Nicht exportiert: %1</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n pair to “%1”.</source>
            <translation>
                <numerusform>%n Paar nach „%1“ exportiert.</numerusform>
                <numerusform>%n Paare nach „%1“ exportiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n pairs to “%1”.</source>
            <translation>
                <numerusform>%n Paar nach „%1“ exportiert.</numerusform>
                <numerusform>%n Paare nach „%1“ exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import Metadata</source>
            <translation>Metadaten importieren</translation>
        </message>
        <message>
            <source>Metadata files (*.json *.csv);;JSON (*.json);;CSV (*.csv)</source>
            <translation>Metadatendateien (*.json *.csv);;JSON (*.json);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export Metadata</source>
            <translation>Metadaten exportieren</translation>
        </message>
        <message>
            <source>JSON (*.json);;CSV (*.csv)</source>
            <translation>JSON (*.json);;CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>MirrorStatusText</name>
        <message numerus="yes">
            <source>%1 of %Ln customer(s) match (%2 ms)</source>
            <translation>
                <numerusform>%1 von %Ln Kunden passt (%2 ms)</numerusform>
                <numerusform>%1 von %Ln Kunden passen (%2 ms)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s)</source>
            <translation>
                <numerusform>%Ln Kunde</numerusform>
                <numerusform>%Ln Kunden</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 as of %2 — syncing…</source>
            <translation>%1, Stand %2 — wird synchronisiert …</translation>
        </message>
        <message>
            <source>%1 so far — syncing…</source>
            <translation>%1 bisher — wird synchronisiert …</translation>
        </message>
        <message>
            <source>%1 as of %2</source>
            <translation>%1, Stand %2</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>gerade eben</translation>
        </message>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>vor %n Min.</numerusform>
                <numerusform>vor %n Min.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h ago</source>
            <translation>
                <numerusform>vor %n Std.</numerusform>
                <numerusform>vor %n Std.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <source>Mirrored from the server at %1</source>
            <translation>Vom Server gespiegelt um %1</translation>
        </message>
    </context>
    <context>
        <name>OpenByIdField</name>
        <message>
            <source>cus_… then Enter</source>
            <translation>cus_… dann Eingabe</translation>
        </message>
        <message>
            <source>Open customer by id</source>
            <translation>Kunden per ID öffnen</translation>
        </message>
        <message>
            <source>Paste a customer id (cus_ and 32 hexadecimal digits) and press Enter to open it</source>
            <translation>Fügen Sie eine Kunden-ID ein (cus_ und 32 Hexadezimalziffern) und drücken Sie die Eingabetaste, um sie zu öffnen</translation>
        </message>
        <message>
            <source>This is not a customer id.</source>
            <translation>Dies ist keine Kunden-ID.</translation>
        </message>
    </context>
    <context>
        <name>OperationStatusJson</name>
        <message>
            <source>The answer is not a JSON object.</source>
            <translation>Die Antwort ist kein JSON-Objekt.</translation>
        </message>
    </context>
    <context>
        <name>ProfileBadge</name>
        <message>
            <source>Connected profile</source>
            <translation>Verbundenes Profil</translation>
        </message>
    </context>
    <context>
        <name>Quotation</name>
        <message>
            <source>“%1”</source>
            <comment>a key, value or name quoted inside a message</comment>
            <translation>„%1“</translation>
        </message>
    </context>
    <context>
        <name>RestoreConflictsDialog</name>
        <message>
            <source>Restore Unsaved Edits</source>
            <translation>Ungespeicherte Änderungen wiederherstellen</translation>
        </message>
        <message>
            <source>“%1” was changed on the server since your unsaved edits were made, and some of the same fields differently. Choose what to keep; your other edits and the server's other changes are combined.</source>
            <translation>„%1“ wurde auf dem Server geändert, seit Ihre ungespeicherten Änderungen gemacht wurden, und einige derselben Felder anders. Wählen Sie, was bleiben soll; Ihre übrigen Änderungen und die übrigen Änderungen des Servers werden zusammengeführt.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Später</translation>
        </message>
        <message>
            <source>Keep the unsaved edits for the next start</source>
            <translation>Die ungespeicherten Änderungen für den nächsten Start aufbewahren</translation>
        </message>
    </context>
    <context>
        <name>RetryMessage</name>
        <message numerus="yes">
            <source>Rate limited; retrying in %n s…</source>
            <translation>
                <numerusform>Anfragelimit erreicht; neuer Versuch in %n s…</numerusform>
                <numerusform>Anfragelimit erreicht; neuer Versuch in %n s…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The server did not answer in time; retrying in %n s…</source>
            <translation>
                <numerusform>Der Server hat nicht rechtzeitig geantwortet; neuer Versuch in %n s…</numerusform>
                <numerusform>Der Server hat nicht rechtzeitig geantwortet; neuer Versuch in %n s…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cannot reach the server; retrying in %n s…</source>
            <translation>
                <numerusform>Der Server ist nicht erreichbar; neuer Versuch in %n s…</numerusform>
                <numerusform>Der Server ist nicht erreichbar; neuer Versuch in %n s…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The server failed (%1); retrying in %n s…</source>
            <translation>
                <numerusform>Fehler auf dem Server (%1); neuer Versuch in %n s…</numerusform>
                <numerusform>Fehler auf dem Server (%1); neuer Versuch in %n s…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The request failed; retrying in %n s…</source>
            <translation>
                <numerusform>Die Anfrage ist fehlgeschlagen; neuer Versuch in %n s…</numerusform>
                <numerusform>Die Anfrage ist fehlgeschlagen; neuer Versuch in %n s…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewChangesDialog</name>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>Renamed</source>
            <translation>Umbenannt</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Entfernt</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>Review Changes</source>
            <translation>Änderungen überprüfen</translation>
        </message>
        <message>
            <source>Review changes before saving</source>
            <translation>Änderungen vor dem Speichern überprüfen</translation>
        </message>
        <message>
            <source>&amp;Changes that will be sent:</source>
            <translation>Än&amp;derungen, die gesendet werden:</translation>
        </message>
        <message>
            <source>Changes that will be sent</source>
            <translation>Änderungen, die gesendet werden</translation>
        </message>
        <message>
            <source>Also changed on the &amp;server since you opened it (kept):</source>
            <translation>Seit dem Öffnen auch auf dem &amp;Server geändert (beibehalten):</translation>
        </message>
        <message>
            <source>Changed on the server since you opened it, kept</source>
            <translation>Seit dem Öffnen auf dem Server geändert, beibehalten</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflikte</translation>
        </message>
        <message>
            <source>Exact request &amp;body:</source>
            <translation>Genauer &amp;Inhalt der Anfrage:</translation>
        </message>
        <message>
            <source>Exact request body (JSON)</source>
            <translation>Genauer Inhalt der Anfrage (JSON)</translation>
        </message>
        <message>
            <source>&amp;Don't ask again — save directly (conflicts are always shown)</source>
            <translation>&amp;Nicht mehr fragen — direkt speichern (Konflikte werden immer angezeigt)</translation>
        </message>
        <message>
            <source>Don't ask again, save directly</source>
            <translation>Nicht mehr fragen, direkt speichern</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>Sen&amp;den</translation>
        </message>
        <message>
            <source>Send the changes</source>
            <translation>Die Änderungen senden</translation>
        </message>
        <message>
            <source>Send exactly the body shown (Ctrl+Enter)</source>
            <translation>Genau den angezeigten Inhalt senden (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>Cancel, send nothing</source>
            <translation>Abbrechen, nichts senden</translation>
        </message>
        <message>
            <source>Review Changes — %1</source>
            <translation>Änderungen überprüfen — %1</translation>
        </message>
        <message numerus="yes">
            <source>Changed both by you and on the server since you opened it — choose which to keep (%n left; until then the server's value stays):</source>
            <translation>
                <numerusform>Seit dem Öffnen sowohl von Ihnen als auch auf dem Server geändert — wählen Sie, was behalten werden soll (noch %n; bis dahin bleibt der Wert des Servers):</numerusform>
                <numerusform>Seit dem Öffnen sowohl von Ihnen als auch auf dem Server geändert — wählen Sie, was behalten werden soll (noch %n; bis dahin bleibt der Wert des Servers):</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed both by you and on the server since you opened it — your choices:</source>
            <translation>Seit dem Öffnen sowohl von Ihnen als auch auf dem Server geändert — Ihre Auswahl:</translation>
        </message>
        <message>
            <source>Nothing to send yet: choose a side for each conflict below.</source>
            <translation>Noch nichts zu senden: Wählen Sie unten für jeden Konflikt eine Seite.</translation>
        </message>
        <message>
            <source>Nothing to send: the server already has this version.</source>
            <translation>Nichts zu senden: Der Server hat bereits diese Version.</translation>
        </message>
        <message>
            <source>(nothing will be sent)</source>
            <translation>(es wird nichts gesendet)</translation>
        </message>
        <message>
            <source>Exact request &amp;body (PATCH /v1/express/%1):</source>
            <translation>Genauer &amp;Inhalt der Anfrage (PATCH /v1/express/%1):</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Fertig</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>nicht gesetzt</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>entfernt</translation>
        </message>
        <message>
            <source>Done: the server already has these values</source>
            <translation>Fertig: Der Server hat diese Werte bereits</translation>
        </message>
        <message>
            <source>Close the review; nothing needs sending</source>
            <translation>Die Prüfung schließen; nichts muss gesendet werden</translation>
        </message>
    </context>
    <context>
        <name>SandboxProcess</name>
        <message>
            <source>express-sandbox did not start listening within %1 s.</source>
            <translation>express-sandbox hat nicht innerhalb von %1 s begonnen zu lauschen.</translation>
        </message>
        <message>
            <source>Cannot start express-sandbox: %1</source>
            <translation>express-sandbox kann nicht gestartet werden: %1</translation>
        </message>
        <message>
            <source>express-sandbox stopped at once (exit code %1).</source>
            <translation>express-sandbox wurde sofort beendet (Exit-Code %1).</translation>
        </message>
        <message>
            <source>express-sandbox stopped at once (exit code %1): %2</source>
            <translation>express-sandbox wurde sofort beendet (Exit-Code %1): %2</translation>
        </message>
        <message>
            <source>express-sandbox was not found next to express-admin-cli (looked for %1). Install it, or leave out --sandbox.</source>
            <translation>express-sandbox wurde nicht neben express-admin-cli gefunden (gesucht: %1). Installieren Sie es, oder lassen Sie --sandbox weg.</translation>
        </message>
        <message>
            <source>express-sandbox reported an address that is not a URL.</source>
            <translation>express-sandbox hat eine Adresse gemeldet, die keine URL ist.</translation>
        </message>
    </context>
    <context>
        <name>SaveFlow</name>
        <message numerus="yes">
            <source>(and %n more problem(s))</source>
            <translation>
                <numerusform>(und %n weiteres Problem)</numerusform>
                <numerusform>(und %n weitere Probleme)</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot save: %1 Nothing was sent.</source>
            <translation>Speichern nicht möglich: %1 Es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>Checking for changes on the server…</source>
            <translation>Änderungen auf dem Server werden geprüft…</translation>
        </message>
        <message>
            <source>The customer was changed on the server again while you were reviewing. Please check the changes again.</source>
            <translation>Der Kunde wurde auf dem Server erneut geändert, während Sie überprüft haben. Bitte überprüfen Sie die Änderungen noch einmal.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
    </context>
    <context>
        <name>SecretStore</name>
        <message>
            <source>No system keychain is available: the key is kept for this session only and must be entered again next time. It is never written to disk.</source>
            <translation>Kein Schlüsselbund des Systems verfügbar: Der Schlüssel wird nur für diese Sitzung behalten und muss beim nächsten Mal erneut eingegeben werden. Er wird nie auf die Festplatte geschrieben.</translation>
        </message>
        <message>
            <source>No API key is stored for this profile.</source>
            <translation>Für dieses Profil ist kein API-Schlüssel gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>SetNameCommand</name>
        <message>
            <source>Edit name</source>
            <translation>Name bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>StatusLine</name>
        <message>
            <source>Working…</source>
            <translation>In Arbeit…</translation>
        </message>
    </context>
    <context>
        <name>StoreError</name>
        <message>
            <source>The workspace database %1 cannot be written (%2). Nothing was stored; check the permissions of the file and its folder.</source>
            <translation>Die Arbeitsbereich-Datenbank %1 kann nicht geschrieben werden (%2). Es wurde nichts gespeichert; prüfen Sie die Berechtigungen der Datei und ihres Ordners.</translation>
        </message>
        <message>
            <source>The disk holding the workspace database %1 is full (%2). Nothing was stored; free some space and try again.</source>
            <translation>Der Datenträger der Arbeitsbereich-Datenbank %1 ist voll (%2). Es wurde nichts gespeichert; schaffen Sie Platz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The workspace database %1 is held by another program (%2). Nothing was stored; try again.</source>
            <translation>Die Arbeitsbereich-Datenbank %1 wird von einem anderen Programm gehalten (%2). Es wurde nichts gespeichert; versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The workspace database %1 failed (%2). Nothing was stored.</source>
            <translation>Die Arbeitsbereich-Datenbank %1 hat einen Fehler gemeldet (%2). Es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>The workspace database %1 cannot be opened: %2</source>
            <translation>Die Arbeitsbereich-Datenbank %1 kann nicht geöffnet werden: %2</translation>
        </message>
    </context>
    <context>
        <name>SyncIndicator</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>Fortschritt der Synchronisierung</translation>
        </message>
        <message>
            <source>Cancel the sync</source>
            <translation>Synchronisierung abbrechen</translation>
        </message>
        <message>
            <source>Stop mirroring the customer list; what has arrived is kept</source>
            <translation>Das Spiegeln der Kundenliste beenden; was angekommen ist, bleibt</translation>
        </message>
        <message>
            <source>Syncing customers… %1 of %2</source>
            <translation>Kunden werden synchronisiert … %1 von %2</translation>
        </message>
        <message>
            <source>Syncing customers… %1</source>
            <translation>Kunden werden synchronisiert … %1</translation>
        </message>
        <message>
            <source>Customers synced</source>
            <translation>Kunden synchronisiert</translation>
        </message>
        <message>
            <source>Sync cancelled; the list may be out of date</source>
            <translation>Synchronisierung abgebrochen; die Liste ist vielleicht nicht aktuell</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Synchronisierung fehlgeschlagen: %1</translation>
        </message>
    </context>
    <context>
        <name>UnsavedChangesGuard</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Save your changes to “%1” before you %2?</source>
            <translation>Ihre Änderungen an „%1“ speichern, bevor Sie %2?</translation>
        </message>
        <message>
            <source>If you don't save, your changes are lost.</source>
            <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
        </message>
        <message>
            <source>Wait until the save has finished.</source>
            <translation>Warten Sie, bis das Speichern abgeschlossen ist.</translation>
        </message>
        <message>
            <source>The changes cannot be saved until the problems shown are fixed. Fix them, or revert the changes.</source>
            <translation>Die Änderungen können erst gespeichert werden, wenn die angezeigten Probleme behoben sind. Beheben Sie sie oder setzen Sie die Änderungen zurück.</translation>
        </message>
    </context>
    <context>
        <name>UpdateOutcome</name>
        <message>
            <source>The server stored another name: “%1”.</source>
            <translation>Der Server hat einen anderen Namen gespeichert: „%1“.</translation>
        </message>
        <message numerus="yes">
            <source>The server kept %n key(s) you removed: %1.</source>
            <translation>
                <numerusform>Der Server hat %n Schlüssel behalten, den Sie entfernt haben: %1.</numerusform>
                <numerusform>Der Server hat %n Schlüssel behalten, die Sie entfernt haben: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The server did not store %n key(s) you sent: %1.</source>
            <translation>
                <numerusform>Der Server hat %n Schlüssel, den Sie gesendet haben, nicht gespeichert: %1.</numerusform>
                <numerusform>Der Server hat %n Schlüssel, die Sie gesendet haben, nicht gespeichert: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The server stored other values for %n key(s): %1.</source>
            <translation>
                <numerusform>Der Server hat für %n Schlüssel andere Werte gespeichert: %1.</numerusform>
                <numerusform>Der Server hat für %n Schlüssel andere Werte gespeichert: %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Enter a name.</source>
            <translation>Geben Sie einen Namen ein.</translation>
        </message>
        <message numerus="yes">
            <source>There are %n metadata pairs; the limit is %1.</source>
            <translation>
                <numerusform>Es gibt %n Metadatenpaar; die Grenze ist %1.</numerusform>
                <numerusform>Es gibt %n Metadatenpaare; die Grenze ist %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter a key or remove the row.</source>
            <translation>Geben Sie einen Schlüssel ein oder entfernen Sie die Zeile.</translation>
        </message>
        <message numerus="yes">
            <source>Key is %n characters; the limit is %1.</source>
            <translation>
                <numerusform>Der Schlüssel hat %n Zeichen; die Grenze ist %1.</numerusform>
                <numerusform>Der Schlüssel hat %n Zeichen; die Grenze ist %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The key contains a line break, tab or other control character.</source>
            <translation>Der Schlüssel enthält einen Zeilenumbruch, einen Tabulator oder ein anderes Steuerzeichen.</translation>
        </message>
        <message>
            <source>The key starts or ends with a space.</source>
            <translation>Der Schlüssel beginnt oder endet mit einem Leerzeichen.</translation>
        </message>
        <message>
            <source>The key %1 is already used in row %2.</source>
            <translation>Der Schlüssel %1 wird bereits in Zeile %2 verwendet.</translation>
        </message>
        <message>
            <source>The key %1 differs from %2 in row %3 only by case or spaces.</source>
            <translation>Der Schlüssel %1 unterscheidet sich von %2 in Zeile %3 nur durch Groß-/Kleinschreibung oder Leerzeichen.</translation>
        </message>
        <message numerus="yes">
            <source>Value is %n characters; the limit is %1.</source>
            <translation>
                <numerusform>Der Wert hat %n Zeichen; die Grenze ist %1.</numerusform>
                <numerusform>Der Wert hat %n Zeichen; die Grenze ist %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>A customer id is “cus_” followed by 32 lowercase hexadecimal digits.</source>
            <translation>Eine Kunden-ID ist „cus_“ gefolgt von 32 Hexadezimalziffern in Kleinbuchstaben.</translation>
        </message>
        <message>
            <source>Enter a user id (usr_ followed by 32 hex digits).</source>
            <translation>Geben Sie eine Benutzer-ID ein (usr_ gefolgt von 32 Hexadezimalziffern).</translation>
        </message>
        <message>
            <source>“%1” is not a user id: expected usr_ followed by 32 lowercase hex digits.</source>
            <translation>„%1“ ist keine Benutzer-ID: erwartet wird usr_ gefolgt von 32 Hexadezimalziffern in Kleinbuchstaben.</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceStore</name>
        <message>
            <source>the Qt SQLite driver (QSQLITE, package libqt6sql6-sqlite) is not installed</source>
            <translation>der SQLite-Treiber von Qt (QSQLITE, Paket libqt6sql6-sqlite) ist nicht installiert</translation>
        </message>
        <message>
            <source>the folder %1 cannot be created</source>
            <translation>der Ordner %1 kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>The workspace database %1 could not be read (%2). It was moved aside to %3 and a new one was started; a sync fills it again.</source>
            <translation>Die Arbeitsbereich-Datenbank %1 konnte nicht gelesen werden (%2). Sie wurde nach %3 verschoben und eine neue angelegt; eine Synchronisierung füllt sie wieder.</translation>
        </message>
        <message>
            <source>it is damaged and cannot be moved aside to %1</source>
            <translation>sie ist beschädigt und kann nicht nach %1 verschoben werden</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Try 'express-admin-cli --help'.</source>
            <translation>Rufen Sie „express-admin-cli --help“ auf.</translation>
        </message>
        <message>
            <source>Try 'express-admin-cli %1 --help'.</source>
            <translation>Rufen Sie „express-admin-cli %1 --help“ auf.</translation>
        </message>
        <message>
            <source>express-admin-cli: warning: %1</source>
            <translation>express-admin-cli: Warnung: %1</translation>
        </message>
    </context>
</TS>
