// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "Console.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

void write(FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

Console::Console(bool json)
    : m_json(json)
{ }

void Console::out(const QString& text) const
{
    write(stdout, text.toUtf8());
}

void Console::err(const QString& text) const
{
    write(stderr, text.toUtf8());
}

void Console::progress(const QString& text) const
{
    if (!isatty(fileno(stderr)))
        return;
    const QByteArray line = "\r\033[K" + text.toUtf8();
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

void Console::finishProgress() const
{
    if (isatty(fileno(stderr)))
        std::fputs("\r\033[K", stderr);
}

void Console::outJson(const QJsonObject& object) const
{
    write(stdout, QJsonDocument(object).toJson(QJsonDocument::Indented).trimmed());
}

void Console::outJson(const QJsonArray& array) const
{
    write(stdout, QJsonDocument(array).toJson(QJsonDocument::Indented).trimmed());
}

void Console::outBytes(const QByteArray& bytes) const
{
    write(stdout, bytes);
}

void Console::outPart(const QByteArray& bytes) const
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void Console::error(const CliError& error) const
{
    if (m_json) {
        outJson(error.toJson());
        return;
    }
    err(u"express-admin-cli: "_s + error.message);
    for (const QString& detail : error.details)
        err(u"  "_s + detail);
}

bool Console::canAsk()
{
    return isatty(fileno(stdin)) && isatty(fileno(stderr));
}

bool Console::ask(const QString& question) const
{
    const QByteArray prompt = question.toUtf8() + ' ';
    std::fwrite(prompt.constData(), 1, static_cast<size_t>(prompt.size()), stderr);
    std::fflush(stderr);
    char buffer[256] = {};
    if (!std::fgets(buffer, sizeof buffer, stdin))
        return false;
    const QString answer = QString::fromUtf8(buffer).trimmed().toCaseFolded();
    const QStringList yes {u"y"_s, u"yes"_s, QCoreApplication::translate("Console", "y").toCaseFolded(),
        QCoreApplication::translate("Console", "yes").toCaseFolded()};
    return yes.contains(answer);
}
