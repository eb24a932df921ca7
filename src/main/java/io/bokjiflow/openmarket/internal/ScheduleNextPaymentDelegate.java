package io.bokjiflow.openmarket.internal;

import java.time.Clock;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task of the regular payments: the next period to pay (the month after the last
 * one; the first payment paid the month of the decision) and its payment date — the day
 * of the month the pinned version's schedule names ("매월 20일"), else the first, at 09:00.
 */
@Component("scheduleNextPaymentDelegate")
class ScheduleNextPaymentDelegate implements JavaDelegate {

	/** When on the payment day the payment is made. */
	static final LocalTime PAYMENT_TIME = LocalTime.of(9, 0);

	private static final Pattern MONTHLY_DAY = Pattern.compile("매월\\s*(\\d{1,2})\\s*일");

	private final SupportCriteriaCheck check;

	private final Clock clock;

	ScheduleNextPaymentDelegate(SupportCriteriaCheck check, Clock clock) {
		this.check = check;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String last = (String) execution.getVariable(OpenMarketVariables.PAYMENT_PERIOD);
		YearMonth next = (last == null ? YearMonth.now(this.clock) : YearMonth.parse(last)).plusMonths(1);
		int day = Math.min(paymentDay(this.check.pinnedVersion(execution).content().schedule()), next.lengthOfMonth());
		Date date = Date.from(next.atDay(day).atTime(PAYMENT_TIME).atZone(this.clock.getZone()).toInstant());
		execution.setVariable(OpenMarketVariables.PAYMENT_PERIOD, next.toString());
		execution.setVariable(OpenMarketVariables.NEXT_PAYMENT_DATE, date);
	}

	/** The day of the month a schedule names, 1 when it names none. */
	static int paymentDay(String schedule) {
		if (schedule != null) {
			Matcher m = MONTHLY_DAY.matcher(schedule);
			if (m.find()) {
				int day = Integer.parseInt(m.group(1));
				if (day >= 1 && day <= 31) {
					return day;
				}
			}
		}
		return 1;
	}

}
