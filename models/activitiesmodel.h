#pragma once

#include "customerpanelmodel.h"

namespace rentdesk {

// The log of changes to the customer, newest first. New entries appear at the top as they are
// written, without a reset.
class ActivitiesModel : public PagedPanelModel<ActivityRow>
{
    Q_OBJECT
public:
    enum class Column { When, Who, What, Count };
    explicit ActivitiesModel(Store *store, QObject *parent = nullptr)
        : PagedPanelModel(store, &Store::activities, int(Column::Count),
                          {QStringLiteral("activity"), QStringLiteral("staff")}, parent)
    {}

    QString describe(const ActivityRow &row) const;
    // Transactions, returns and payments in words; empty for other entries.
    QString describeRentals(const ActivityRow &r) const;

protected:
    QVariant cell(const ActivityRow &r, int column, int role) const override;
    QString columnTitle(int column) const override;
    void load() override;

private:
    QString valueText(const QString &field, const QString &value) const;
    QHash<QString, QString> m_groupNames; // id → name, for group changes
};

} // namespace rentdesk
