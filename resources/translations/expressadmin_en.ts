<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ApiError</name>
        <message numerus="yes">
            <source>The server %1%2 did not answer within %n second(s).</source>
            <translation>
                <numerusform>The server %1%2 did not answer within %n second.</numerusform>
                <numerusform>The server %1%2 did not answer within %n seconds.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The server %1%2 did not answer within %n millisecond(s).</source>
            <translation>
                <numerusform>The server %1%2 did not answer within %n millisecond.</numerusform>
                <numerusform>The server %1%2 did not answer within %n milliseconds.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The server's answer is larger than the limit of %n byte(s) and was not read.</source>
            <translation>
                <numerusform>The server's answer is larger than the limit of %n byte and was not read.</numerusform>
                <numerusform>The server's answer is larger than the limit of %n bytes and was not read.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n attempt(s))</source>
            <translation>
                <numerusform>(%n attempt)</numerusform>
                <numerusform>(%n attempts)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkCustomerChoice</name>
        <message numerus="yes">
            <source>%n id(s) given more than once were taken once.</source>
            <translation>
                <numerusform>%n id given more than once was taken once.</numerusform>
                <numerusform>%n ids given more than once were taken once.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkFormatter</name>
        <message numerus="yes">
            <source>… and %n more (bulk --dry-run lists them all).</source>
            <translation>
                <numerusform>… and %n more (bulk --dry-run lists them all).</numerusform>
                <numerusform>… and %n more (bulk --dry-run lists them all).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkIdsFile</name>
        <message numerus="yes">
            <source>%n more line(s) hold no customer id.</source>
            <translation>
                <numerusform>%n more line holds no customer id.</numerusform>
                <numerusform>%n more lines hold no customer id.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkPlanner</name>
        <message numerus="yes">
            <source>It would have %n metadata pairs; the limit is %1.</source>
            <translation>
                <numerusform>It would have %n metadata pair; the limit is %1.</numerusform>
                <numerusform>It would have %n metadata pairs; the limit is %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The key %1 would be %n characters long; the limit is %2.</source>
            <translation>
                <numerusform>The key %1 would be %n character long; the limit is %2.</numerusform>
                <numerusform>The key %1 would be %n characters long; the limit is %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The value of %1 would be %n characters long; the limit is %2.</source>
            <translation>
                <numerusform>The value of %1 would be %n character long; the limit is %2.</numerusform>
                <numerusform>The value of %1 would be %n characters long; the limit is %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The key %1 is %n characters long; the limit is %2.</source>
            <translation>
                <numerusform>The key %1 is %n character long; the limit is %2.</numerusform>
                <numerusform>The key %1 is %n characters long; the limit is %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The value for %1 is %n characters long; the limit is %2.</source>
            <translation>
                <numerusform>The value for %1 is %n character long; the limit is %2.</numerusform>
                <numerusform>The value for %1 is %n characters long; the limit is %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkPreviewPage</name>
        <message numerus="yes">
            <source>Journaling the change for %Ln customer(s) before anything is sent…</source>
            <translation>
                <numerusform>Journaling the change for %Ln customer before anything is sent…</numerusform>
                <numerusform>Journaling the change for %Ln customers before anything is sent…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkText</name>
        <message numerus="yes">
            <source>about %n s</source>
            <translation>
                <numerusform>about %n s</numerusform>
                <numerusform>about %n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %n min</source>
            <translation>
                <numerusform>about %n min</numerusform>
                <numerusform>about %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %n h</source>
            <translation>
                <numerusform>about %n h</numerusform>
                <numerusform>about %n h</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerDetailWidget</name>
        <message numerus="yes">
            <source>Its %n user(s) can no longer sign in until it is reactivated.</source>
            <translation>
                <numerusform>Its %n user can no longer sign in until it is reactivated.</numerusform>
                <numerusform>Its %n users can no longer sign in until it is reactivated.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerFormatter</name>
        <message numerus="yes">
            <source>Metadata (%n):</source>
            <translation>
                <numerusform>Metadata (%n):</numerusform>
                <numerusform>Metadata (%n):</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerListModel</name>
        <message numerus="yes">
            <source>%Ln user(s)</source>
            <translation>
                <numerusform>%Ln user</numerusform>
                <numerusform>%Ln users</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerListPanel</name>
        <message numerus="yes">
            <source>Showing %1 of %Ln loaded customer(s), searching the rest…</source>
            <translation>
                <numerusform>Showing %1 of %Ln loaded customer, searching the rest…</numerusform>
                <numerusform>Showing %1 of %Ln loaded customers, searching the rest…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing %1 of %Ln customer(s)</source>
            <translation>
                <numerusform>Showing %1 of %Ln customer</numerusform>
                <numerusform>Showing %1 of %Ln customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing %1 of %Ln loaded customer(s)</source>
            <translation>
                <numerusform>Showing %1 of %Ln loaded customer</numerusform>
                <numerusform>Showing %1 of %Ln loaded customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s)</source>
            <translation>
                <numerusform>%Ln customer</numerusform>
                <numerusform>%Ln customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s) loaded, more available</source>
            <translation>
                <numerusform>%Ln customer loaded, more available</numerusform>
                <numerusform>%Ln customers loaded, more available</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerUsersEditor</name>
        <message numerus="yes">
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n user</numerusform>
                <numerusform>%n users</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message numerus="yes">
            <source>Exported %n entries to %1.</source>
            <translation>
                <numerusform>Exported %n entry to %1.</numerusform>
                <numerusform>Exported %n entries to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MetadataCommands</name>
        <message numerus="yes">
            <source>Add %n row</source>
            <translation>
                <numerusform>Add %n row</numerusform>
                <numerusform>Add %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %n rows</source>
            <translation>
                <numerusform>Add %n row</numerusform>
                <numerusform>Add %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n row</source>
            <translation>
                <numerusform>Remove %n row</numerusform>
                <numerusform>Remove %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n rows</source>
            <translation>
                <numerusform>Remove %n row</numerusform>
                <numerusform>Remove %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Revert %n row</source>
            <translation>
                <numerusform>Revert %n row</numerusform>
                <numerusform>Revert %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Revert %n rows</source>
            <translation>
                <numerusform>Revert %n row</numerusform>
                <numerusform>Revert %n rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MetadataDocument</name>
        <message numerus="yes">
            <source>%n error</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n errors</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warnings</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <translation>
                <numerusform>%n added</numerusform>
                <numerusform>%n added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation>
                <numerusform>%n changed</numerusform>
                <numerusform>%n changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n removed</source>
            <translation>
                <numerusform>%n removed</numerusform>
                <numerusform>%n removed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MetadataEditor</name>
        <message numerus="yes">
            <source>Metadata pairs used of the %n allowed</source>
            <translation>
                <numerusform>Metadata pairs used of the %n allowed</numerusform>
                <numerusform>Metadata pairs used of the %n allowed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MetadataItemDelegate</name>
        <message numerus="yes">
            <source>%1 / %n characters: %2 over the limit</source>
            <translation>
                <numerusform>%1 / %n character: %2 over the limit</numerusform>
                <numerusform>%1 / %n characters: %2 over the limit</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 / %n characters</source>
            <translation>
                <numerusform>%1 / %n character</numerusform>
                <numerusform>%1 / %n characters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Key, up to %n characters</source>
            <translation>
                <numerusform>Key, up to %n character</numerusform>
                <numerusform>Key, up to %n characters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Value, up to %n characters. Shift+Enter starts a new line.</source>
            <translation>
                <numerusform>Value, up to %n character. Shift+Enter starts a new line.</numerusform>
                <numerusform>Value, up to %n characters. Shift+Enter starts a new line.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MetadataTableModel</name>
        <message numerus="yes">
            <source>Up to %n characters; click to sort.</source>
            <translation>
                <numerusform>Up to %n character; click to sort.</numerusform>
                <numerusform>Up to %n characters; click to sort.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MetadataTransfer</name>
        <message numerus="yes">
            <source>Paste %n metadata pair</source>
            <translation>
                <numerusform>Paste %n metadata pair</numerusform>
                <numerusform>Paste %n metadata pairs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paste %n metadata pairs</source>
            <translation>
                <numerusform>Paste %n metadata pair</numerusform>
                <numerusform>Paste %n metadata pairs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n pair: %1 added, %2 updated, %3 already as pasted.</source>
            <translation>
                <numerusform>Pasted %n pair: %1 added, %2 updated, %3 already as pasted.</numerusform>
                <numerusform>Pasted %n pairs: %1 added, %2 updated, %3 already as pasted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n pairs: %1 added, %2 updated, %3 already as pasted.</source>
            <translation>
                <numerusform>Pasted %n pair: %1 added, %2 updated, %3 already as pasted.</numerusform>
                <numerusform>Pasted %n pairs: %1 added, %2 updated, %3 already as pasted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n metadata pair from “%1”</source>
            <translation>
                <numerusform>Import %n metadata pair from “%1”</numerusform>
                <numerusform>Import %n metadata pairs from “%1”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n metadata pairs from “%1”</source>
            <translation>
                <numerusform>Import %n metadata pair from “%1”</numerusform>
                <numerusform>Import %n metadata pairs from “%1”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n pair from “%1”: %2 added, %3 updated, %4 already as in the file.</source>
            <translation>
                <numerusform>Imported %n pair from “%1”: %2 added, %3 updated, %4 already as in the file.</numerusform>
                <numerusform>Imported %n pairs from “%1”: %2 added, %3 updated, %4 already as in the file.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n pairs from “%1”: %2 added, %3 updated, %4 already as in the file.</source>
            <translation>
                <numerusform>Imported %n pair from “%1”: %2 added, %3 updated, %4 already as in the file.</numerusform>
                <numerusform>Imported %n pairs from “%1”: %2 added, %3 updated, %4 already as in the file.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n pair to “%1”.</source>
            <translation>
                <numerusform>Exported %n pair to “%1”.</numerusform>
                <numerusform>Exported %n pairs to “%1”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n pairs to “%1”.</source>
            <translation>
                <numerusform>Exported %n pair to “%1”.</numerusform>
                <numerusform>Exported %n pairs to “%1”.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MirrorStatusText</name>
        <message numerus="yes">
            <source>%1 of %Ln customer(s) match (%2 ms)</source>
            <translation>
                <numerusform>%1 of %Ln customer match (%2 ms)</numerusform>
                <numerusform>%1 of %Ln customers match (%2 ms)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s)</source>
            <translation>
                <numerusform>%Ln customer</numerusform>
                <numerusform>%Ln customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>%n min ago</numerusform>
                <numerusform>%n min ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h ago</source>
            <translation>
                <numerusform>%n h ago</numerusform>
                <numerusform>%n h ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RetryMessage</name>
        <message numerus="yes">
            <source>Rate limited; retrying in %n s…</source>
            <translation>
                <numerusform>Rate limited; retrying in %n s…</numerusform>
                <numerusform>Rate limited; retrying in %n s…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The server did not answer in time; retrying in %n s…</source>
            <translation>
                <numerusform>The server did not answer in time; retrying in %n s…</numerusform>
                <numerusform>The server did not answer in time; retrying in %n s…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cannot reach the server; retrying in %n s…</source>
            <translation>
                <numerusform>Cannot reach the server; retrying in %n s…</numerusform>
                <numerusform>Cannot reach the server; retrying in %n s…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The server failed (%1); retrying in %n s…</source>
            <translation>
                <numerusform>The server failed (%1); retrying in %n s…</numerusform>
                <numerusform>The server failed (%1); retrying in %n s…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The request failed; retrying in %n s…</source>
            <translation>
                <numerusform>The request failed; retrying in %n s…</numerusform>
                <numerusform>The request failed; retrying in %n s…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewChangesDialog</name>
        <message numerus="yes">
            <source>Changed both by you and on the server since you opened it — choose which to keep (%n left; until then the server's value stays):</source>
            <translation>
                <numerusform>Changed both by you and on the server since you opened it — choose which to keep (%n left; until then the server's value stays):</numerusform>
                <numerusform>Changed both by you and on the server since you opened it — choose which to keep (%n left; until then the server's value stays):</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SaveFlow</name>
        <message numerus="yes">
            <source>(and %n more problem(s))</source>
            <translation>
                <numerusform>(and %n more problem)</numerusform>
                <numerusform>(and %n more problems)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UpdateOutcome</name>
        <message numerus="yes">
            <source>The server kept %n key(s) you removed: %1.</source>
            <translation>
                <numerusform>The server kept %n key you removed: %1.</numerusform>
                <numerusform>The server kept %n keys you removed: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The server did not store %n key(s) you sent: %1.</source>
            <translation>
                <numerusform>The server did not store %n key you sent: %1.</numerusform>
                <numerusform>The server did not store %n keys you sent: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The server stored other values for %n key(s): %1.</source>
            <translation>
                <numerusform>The server stored another value for %n key: %1.</numerusform>
                <numerusform>The server stored other values for %n keys: %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message numerus="yes">
            <source>There are %n metadata pairs; the limit is %1.</source>
            <translation>
                <numerusform>There is %n metadata pair; the limit is %1.</numerusform>
                <numerusform>There are %n metadata pairs; the limit is %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Key is %n characters; the limit is %1.</source>
            <translation>
                <numerusform>Key is %n character; the limit is %1.</numerusform>
                <numerusform>Key is %n characters; the limit is %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Value is %n characters; the limit is %1.</source>
            <translation>
                <numerusform>Value is %n character; the limit is %1.</numerusform>
                <numerusform>Value is %n characters; the limit is %1.</numerusform>
            </translation>
        </message>
    </context>
</TS>
