package com.socialyst.core.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.socialyst.model.Annotation;
import com.socialyst.model.Brand;
import com.socialyst.model.BrandMode;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.Contact;
import com.socialyst.model.MentionLog;
import com.socialyst.model.Platform;
import com.socialyst.model.SocialystFactory;

/**
 * Builds one demo client in memory, from its index and the demo options alone: the same arguments give an equal
 * client, whatever else is generated.
 */
public final class ClientGenerator {

	private static final SocialystFactory FACTORY = SocialystFactory.eINSTANCE;

	private static final List<String> CONTACT_ROLES = List.of("Head of Social Media", "Marketing Director", "Customer Care Lead",
			"Communications Manager", "HR Business Partner");

	/** Primary and secondary colours of clients that bring their own brand. */
	private static final List<String[]> PALETTES = List.of(new String[] { "#0B6E4F", "#F2C14E" }, new String[] { "#7A1F5C", "#E0E0E0" },
			new String[] { "#003F88", "#FDC500" }, new String[] { "#C1121F", "#1D3557" }, new String[] { "#2A9D8F", "#264653" });

	private ClientGenerator() {
	}

	/**
	 * Client {@code index} of a demo made with {@code seed}, with {@code days} days of data ending on {@code end}.
	 * The client is in no resource.
	 *
	 * @param channels how many channel accounts it gets; 0 = as its size and profile warrant
	 */
	public static Client generate(int index, long seed, int days, LocalDate end, int channels) {
		ClientSlot slot = ClientSlot.of(index);
		Draw root = Draw.forClient(seed, index);
		// One stream per part, split in this fixed order: changing how much one part draws leaves the others alone.
		Draw identityDraw = root.split();
		Draw budgetDraw = root.split();
		Draw channelDraw = root.split();
		Draw timelineDraw = root.split();
		Draw mentionDraw = root.split();
		Draw seriesDraw = root.split();
		Draw strategyDraw = root.split();
		Draw clientDraw = root.split();
		// How big the client is within its size class: budget and audiences both follow it, so spend fits results.
		double scale = root.split().uniform();
		Draw assessmentDraw = root.split();

		LocalDate start = end.minusDays(days - 1L);
		Names.Identity identity = Names.identity(index, slot.industry(), slot.market(), identityDraw);
		BudgetPlan budget = BudgetPlan.plan(slot, scale, budgetDraw);
		List<ChannelPlan> plans = ChannelPlan.plan(slot, scale, identity.id(), budget.paid(), channels, channelDraw);
		Timeline timeline = Timeline.plan(slot, plans, start, days, timelineDraw);
		int[][] ownMentions = new int[Platform.VALUES.size()][days];
		MentionLog mentions = MentionGenerator.generate(slot, identity, timeline, start, days, mentionDraw, ownMentions);

		Client client = FACTORY.createClient();
		client.setId(identity.id());
		client.setName(identity.name());
		client.setIndustry(slot.industry());
		client.setSize(slot.size());
		client.setCountry(slot.market().country);
		client.setReportLocale(slot.market().locale);
		client.setBrandMode(slot.brandMode());
		client.setNotes("Fictitious demo client made by socialyst demo.");
		if (slot.brandMode() != BrandMode.CONSULTANCY) {
			client.setBrand(brand(slot, identity, clientDraw));
		}
		addContacts(client, slot.market(), identity, clientDraw);

		IndustryTraits traits = IndustryTraits.of(slot.industry());
		double conversionValue = traits.conversionValue * slot.market().perEuro * clientDraw.noise(0.2);
		boolean tracking = slot.profile().tracksConversions();
		List<ChannelAccount> accounts = new ArrayList<>();
		for (int i = 0; i < plans.size(); i++) {
			ChannelPlan plan = plans.get(i);
			ChannelAccount account = FACTORY.createChannelAccount();
			account.setPlatform(plan.platform());
			account.setHandle(plan.handle());
			SeriesGenerator.generate(account, plan, i, slot, timeline, start, days, tracking, conversionValue,
					ownMentions[plan.platform().getValue()], seriesDraw.split());
			accounts.add(account);
		}
		client.getChannels().addAll(accounts);
		client.setMentions(mentions);
		for (Timeline.Note note : timeline.notes()) {
			Annotation annotation = FACTORY.createAnnotation();
			annotation.setDate(start.plusDays(note.day()));
			annotation.setText(note.text());
			annotation.setChannel(note.channel() < 0 ? null : accounts.get(note.channel()));
			client.getAnnotations().add(annotation);
		}
		StrategyGenerator.Period period = StrategyGenerator.Period.of(start, end, days);
		client.getStrategies()
				.add(StrategyGenerator.generate(slot, identity, accounts, plans, mentions, budget, start, days, period, strategyDraw));
		AssessmentGenerator.generate(client, slot.profile(), end, assessmentDraw);
		CommentaryWriter.add(client, slot.market(), Consultancy.CONSULTANT, index, end);
		return client;
	}

	/** The client's own brand, for co-branded and white-label reports. */
	private static Brand brand(ClientSlot slot, Names.Identity identity, Draw draw) {
		String[] palette = draw.pick(PALETTES);
		Brand brand = FACTORY.createBrand();
		brand.setName(identity.name());
		brand.setLogoPath(DemoLogos.path(identity.id()));
		brand.setPrimaryColor(palette[0]);
		brand.setSecondaryColor(palette[1]);
		brand.setFontFamily(draw.chance(0.5) ? "DejaVu Sans" : "DejaVu Serif");
		boolean coBrand = slot.brandMode() == BrandMode.CO_BRAND;
		brand.setFooterText(coBrand ? identity.name() + " × " + Consultancy.NAME : identity.name());
		brand.setDisclaimerText((coBrand ? "Prepared by " + Consultancy.NAME + " for " + identity.name() + "."
				: "Confidential: for internal use at " + identity.name() + ".") + " Demo data: fictitious.");
		brand.setDefaultLocale(slot.market().locale);
		return brand;
	}

	/** Two or three people at the client, each in a different role. */
	private static void addContacts(Client client, Market market, Names.Identity identity, Draw draw) {
		List<String> roles = new ArrayList<>(CONTACT_ROLES);
		int count = draw.between(2, 3);
		for (int i = 0; i < count; i++) {
			Names.Person person = Names.person(market, identity.domain(), draw);
			Contact contact = FACTORY.createContact();
			contact.setName(person.name());
			contact.setRole(roles.remove(draw.between(0, roles.size() - 1)));
			contact.setEmail(person.email());
			client.getContacts().add(contact);
		}
	}
}
