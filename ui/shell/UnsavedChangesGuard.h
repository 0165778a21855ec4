// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
class CustomerSession;
class QWidget;

// Asks what to do with unsaved changes before they would be lost (switching customer, changing profile,
// closing, quitting): Save, Discard or Cancel, in a message box opened with open(). The answer arrives through
// the callback; Escape and closing the box mean Cancel.
class UnsavedChangesGuard : public QObject
{
    Q_OBJECT

public:
    enum class Choice { Save, Discard, Cancel };
    Q_ENUM(Choice)

    // dialogParent is not owned; the box is its child.
    explicit UnsavedChangesGuard(QWidget* dialogParent, QObject* parent = nullptr);
    ~UnsavedChangesGuard() override;

    // customerName names what is unsaved; action says what would lose it ("open another customer").
    // Returns false (and does not call done) while a question is already open.
    bool ask(const QString& customerName, const QString& action, std::function<void(Choice)> done);
    bool isAsking() const { return m_box != nullptr; }

    // Runs proceed at once when session (may be null) has no unsaved edits; otherwise asks first. Save saves, and
    // proceeds only once the server holds exactly the edits (nothing typed meanwhile); Discard proceeds; Cancel runs
    // cancelled. While a save runs or the question is open, nothing runs. action completes "… before you %1?".
    void protect(CustomerSession* session, const QString& action, std::function<void()> proceed,
        std::function<void()> cancelled = {});
    // The open box (objectName "unsavedChangesDialog"; buttons "saveButton", "discardButton", "cancelButton").
    QMessageBox* dialog() const { return m_box; }

Q_SIGNALS:
    // protect() could not go on as asked: why, for the message bar.
    void refused(const QString& message);
    // The user chose to discard the session's unsaved edits (just before protect() proceeds).
    void discarded(CustomerSession* session);

private:
    QPointer<QWidget> m_dialogParent;
    QPointer<QMessageBox> m_box;
};
