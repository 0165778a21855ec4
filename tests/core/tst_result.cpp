// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "core/common/Result.h"

#include <QString>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct ParseError
{
    QString message;
};

Result<int, ParseError> parsePositive(const QString& text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value <= 0) {
        return ParseError {u"not a positive number: "_s + text};
    }
    return value;
}

} // namespace

// Result<T, E>: a value or an error, built implicitly from either.
class tst_Result : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsAValueOrAnError_data();
    void holdsAValueOrAnError();
    void valueCanBeMovedOut();
};

void tst_Result::holdsAValueOrAnError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("valueOrFallback");

    QTest::addRow("a value is ok") << u"42"_s << true << 42;
    QTest::addRow("an error is not ok and falls back") << u"-3"_s << false << 7;
    QTest::addRow("garbage is an error") << u"forty-two"_s << false << 7;
}

void tst_Result::holdsAValueOrAnError()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, valueOrFallback);

    const Result<int, ParseError> result = parsePositive(text);
    QCOMPARE(result.isOk(), ok);
    QCOMPARE(result.isError(), !ok);
    QCOMPARE(result.valueOr(7), valueOrFallback);
    if (ok) {
        QCOMPARE(result.value(), valueOrFallback);
    } else {
        QCOMPARE(result.error().message, u"not a positive number: "_s + text);
    }
}

void tst_Result::valueCanBeMovedOut()
{
    Result<QString, ParseError> result(u"payload"_s);
    const QString taken = std::move(result).value();
    QCOMPARE(taken, u"payload"_s);
}

QTEST_GUILESS_MAIN(tst_Result)
#include "tst_result.moc"
