<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>shopinbox::AppController</name>
    <message numerus="yes">
        <source>%n change(s) to %1 have not reached the server yet and will be lost. Sign out anyway?</source>
        <translation>
            <numerusform>%n change to %1 has not reached the server yet and will be lost. Sign out anyway?</numerusform>
            <numerusform>%n changes to %1 have not reached the server yet and will be lost. Sign out anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopinbox::ConversationDelegate</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopinbox::ConversationHeader</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cart: %n item(s), %1</source>
        <translation>
            <numerusform>Cart: %n item, %1</numerusform>
            <numerusform>Cart: %n items, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopinbox::ConversationListPane</name>
    <message numerus="yes">
        <source>%n match(es) in Open</source>
        <translation>
            <numerusform>%n match in Open</numerusform>
            <numerusform>%n matches in Open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in Closed</source>
        <translation>
            <numerusform>%n match in Closed</numerusform>
            <numerusform>%n matches in Closed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopinbox::CustomerProfileDock</name>
    <message numerus="yes">
        <source>Customer for %n year(s)</source>
        <translation>
            <numerusform>Customer for %n year</numerusform>
            <numerusform>Customer for %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer for %n month(s)</source>
        <translation>
            <numerusform>Customer for %n month</numerusform>
            <numerusform>Customer for %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer for %n day(s)</source>
        <translation>
            <numerusform>Customer for %n day</numerusform>
            <numerusform>Customer for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lifetime spend: %1 (%n order(s))</source>
        <translation>
            <numerusform>Lifetime spend: %1 (%n order)</numerusform>
            <numerusform>Lifetime spend: %1 (%n orders)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), subtotal %1</source>
        <translation>
            <numerusform>%n item, subtotal %1</numerusform>
            <numerusform>%n items, subtotal %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>View all (%n open)</source>
        <translation>
            <numerusform>View all (%n open)</numerusform>
            <numerusform>View all (%n open)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Topic(s): %1</source>
        <translation>
            <numerusform>Topic: %1</numerusform>
            <numerusform>Topics: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopinbox::MainWindow</name>
    <message numerus="yes">
        <source>Too long to send: shorten the reply by %Ln character(s).</source>
        <translation>
            <numerusform>Too long to send: shorten the reply by %Ln character.</numerusform>
            <numerusform>Too long to send: shorten the reply by %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unread)</source>
        <translation>
            <numerusform>%1 (%n unread)</numerusform>
            <numerusform>%1 (%n unread)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopinbox::Notifier</name>
    <message numerus="yes">
        <source>Shop Inbox — %n unread</source>
        <translation>
            <numerusform>Shop Inbox — %n unread</numerusform>
            <numerusform>Shop Inbox — %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopinbox::ProductItemDelegate</name>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>%n in stock</numerusform>
            <numerusform>%n in stock</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopinbox::SyncEngine</name>
    <message numerus="yes">
        <source>Skipped %n malformed event(s) from the server: %1</source>
        <translation>
            <numerusform>Skipped %n malformed event from the server: %1</numerusform>
            <numerusform>Skipped %n malformed events from the server: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
