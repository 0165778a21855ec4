// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// The baseline of the startup benchmark: an empty QMainWindow, shown, measured like express-admin
// --quit-after-first-show (time from main() to the first paint, and peak RSS).

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMainWindow>

#include <cstdio>
#include <cstring>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;

namespace {

class Window : public QMainWindow
{
public:
    explicit Window(QElapsedTimer startup)
        : m_startup(startup)
    { }

protected:
    bool event(QEvent* event) override
    {
        const bool result = QMainWindow::event(event);
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            QMetaObject::invokeMethod(
                this, [this] { report(); }, Qt::QueuedConnection);
        }
        return result;
    }

private:
    void report()
    {
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("first-show-ms: %.1f\npeak-rss-kib: %ld\n", static_cast<double>(m_startup.nsecsElapsed()) / 1e6,
            usage.ru_maxrss);
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }

    QElapsedTimer m_startup;
    bool m_reported = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    Window window(startup);
    window.setWindowTitle(u"Empty"_s);
    window.resize(1180, 720);
    window.show();
    return QApplication::exec();
}
