import { useNavigate, useSearchParams } from "@remix-run/react";
import { Button, ButtonGroup } from "@shopify/polaris";
import { useAdminI18n } from "../i18n";
import { PERIODS, type PeriodDays } from "./period";

/**
 * 7 / 30 / 90 days, as `?period=` on /app. The other search parameters stay: Shopify's (host, locale …)
 * tell the app layout the admin's language.
 */
export function PeriodPicker({ period }: { period: PeriodDays }) {
  const { t } = useAdminI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const choose = (days: PeriodDays) => {
    const next = new URLSearchParams(params);
    next.set("period", String(days));
    navigate(`?${next.toString()}`, { preventScrollReset: true });
  };
  return (
    <ButtonGroup variant="segmented">
      {PERIODS.map((days) => (
        <Button
          key={days}
          onClick={() => choose(days)}
          pressed={days === period}
          accessibilityLabel={t("dashboard.period.last", { days })}
        >
          {t("dashboard.period.option", { days })}
        </Button>
      ))}
    </ButtonGroup>
  );
}
