// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

// Installs the application's translations: expressadmin_<lang>.qm embedded under :/i18n/, over the English file
// that supplies the plural forms of the %n strings ("1 customer", "2 customers"), and Qt's own qtbase_<lang>.qm.
namespace Translations {

// Where the .qm files are embedded: ":/i18n".
QString resourceDirectory();

// Installs the translators for `locale` (the system's by default) as children of `app`, replacing those of an
// earlier call. The English plural forms are always installed, so a missing or partial translation still reads
// "1 attempt". Returns the files now installed, in the order Qt searches them (the most specific first).
QStringList install(QCoreApplication& app, const QLocale& locale = QLocale());

} // namespace Translations
