package app.tandem.records;

import java.time.LocalDate;
import java.time.YearMonth;

import app.tandem.people.Position;
import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.people.EmployeeDirectory;
import app.tandem.records.RecordInputs.RecordSpendInput;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.Ids;
import app.tandem.shared.InputCheck;
import app.tandem.shared.Pages;
import app.tandem.shared.TandemException;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Marketing spend: a marketer records their own, an owner anyone's. */
@Service
public class SpendService {

	private final SpendRepository spends;

	private final ChannelService channels;

	private final EmployeeDirectory people;

	private final Viewers viewers;

	private final Pages pages;

	private final CompanyCalendar calendar;

	SpendService(SpendRepository spends, ChannelService channels, EmployeeDirectory people, Viewers viewers, Pages pages,
			CompanyCalendar calendar) {
		this.spends = spends;
		this.channels = channels;
		this.people = people;
		this.viewers = viewers;
		this.pages = pages;
		this.calendar = calendar;
	}

	@Transactional(readOnly = true)
	public Window<Spend> spends(Integer first, String after, YearMonth period) {
		Viewer viewer = this.viewers.current();
		Pages.Page page = this.pages.of(first, after);
		return this.spends.findBy(
				Visibility.spends(viewer).and(Visibility.onDays("day", period, range(period))),
				(q) -> q.sortBy(Sort.by(Sort.Direction.DESC, "id")).limit(page.size()).scroll(page.position()));
	}

	@Transactional
	public Spend record(RecordSpendInput input) {
		Viewer viewer = this.viewers.current();
		if (!viewer.isOwner() && !viewer.is(Position.MARKETER)) {
			throw TandemException.forbidden("Only owners and marketers record spend");
		}
		String marketerId = input.marketerId() == null && !viewer.isOwner() ? Long.toString(viewer.id())
				: input.marketerId();
		InputCheck check = new InputCheck().require(input.channelId(), "channelId")
			.require(marketerId, "marketerId")
			.require(input.day(), "day")
			.money(input.amount(), "amount");
		RecordDates.notFuture(check, input.day(), this.calendar.today(), "day");
		check.throwIfInvalid();
		Long marketer = Ids.parse(marketerId, "marketerId");
		if (!viewer.isOwner() && !viewer.isSelf(marketer)) {
			throw TandemException.forbidden("marketerId", "A marketer records only their own spend");
		}
		Channel channel = this.channels.requireOpen(input.channelId(), "channelId");
		this.people.requireActive(marketer, "marketerId", Position.MARKETER);
		return this.spends.saveAndFlush(new Spend(channel.getId(), marketer, input.day(), input.amount(), viewer.id(),
				CompanyCalendar.toUtc(this.calendar.now())));
	}

	private app.tandem.shared.PeriodRange range(YearMonth period) {
		return period == null ? null : this.calendar.range(period);
	}

}
