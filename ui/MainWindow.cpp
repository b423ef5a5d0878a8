#include "MainWindow.h"

#include "db/Database.h"

MainWindow::MainWindow(Database &db, QWidget *parent) : QMainWindow(parent), m_db(db)
{
    setWindowTitle(tr("ClinicMDM"));
    resize(1200, 760);
}
