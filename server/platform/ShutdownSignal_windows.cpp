// Windows: the console control handler runs on a system thread; it queues the signal to the
// object's thread.
#include "ShutdownSignal.h"

#include <QMetaObject>

#include <atomic>

#include <windows.h>

namespace vt::server {
namespace {

std::atomic<ShutdownSignal*> g_instance{nullptr};

BOOL WINAPI onControl(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT && type != CTRL_CLOSE_EVENT
        && type != CTRL_SHUTDOWN_EVENT)
        return FALSE;
    if (ShutdownSignal* instance = g_instance.load())
        QMetaObject::invokeMethod(instance, &ShutdownSignal::requested, Qt::QueuedConnection);
    return TRUE;
}

} // namespace

struct ShutdownSignal::Private { };

ShutdownSignal::ShutdownSignal(QObject* parent)
    : QObject(parent)
    , d(new Private)
{
    g_instance.store(this);
    SetConsoleCtrlHandler(&onControl, TRUE);
}

ShutdownSignal::~ShutdownSignal()
{
    SetConsoleCtrlHandler(&onControl, FALSE);
    g_instance.store(nullptr);
    delete d;
}

} // namespace vt::server
