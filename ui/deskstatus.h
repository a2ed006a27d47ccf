#pragma once

#include <QLabel>

namespace rentdesk {

class Store;

// Always in the status bar: which desk this is, who is signed in, and how many changes wait to
// reach the server.
class DeskStatus : public QLabel
{
    Q_OBJECT
public:
    explicit DeskStatus(Store *store, QWidget *parent = nullptr);
    void refresh();

private:
    Store *m_store;
};

} // namespace rentdesk
