package com.socialyst.core.internal.demo;

import java.util.List;

import com.socialyst.model.BrandMode;
import com.socialyst.model.ClientSize;
import com.socialyst.model.Industry;

/**
 * The twelve kinds of demo client: one per industry, with its market, profile, size and brand mode. Client k takes
 * slot {@code k % 12}, so every run of twelve clients covers all industries, all six report locales and every
 * profile. The table is documented, client by client, on {@code com.socialyst.core.demo.DemoPortfolio}; keep the
 * two in step.
 */
record ClientSlot(Industry industry, Market market, ClientProfile profile, ClientSize size, BrandMode brandMode) {

	static final int COUNT = 12;

	private static final List<ClientSlot> SLOTS = List.of(
			new ClientSlot(Industry.RETAIL, Market.US, ClientProfile.HEALTHY, ClientSize.ENTERPRISE, BrandMode.CONSULTANCY),
			new ClientSlot(Industry.CONSUMER_GOODS, Market.NL, ClientProfile.VANITY_WITHOUT_TRACKING, ClientSize.MEDIUM, BrandMode.CONSULTANCY),
			new ClientSlot(Industry.FINANCIAL_SERVICES, Market.PL, ClientProfile.HEALTHY, ClientSize.ENTERPRISE, BrandMode.CO_BRAND),
			new ClientSlot(Industry.HEALTHCARE, Market.IE, ClientProfile.NO_SPONSOR, ClientSize.MEDIUM, BrandMode.CONSULTANCY),
			new ClientSlot(Industry.TECHNOLOGY, Market.ID, ClientProfile.HEALTHY, ClientSize.MEDIUM, BrandMode.CONSULTANCY),
			new ClientSlot(Industry.MEDIA_ENTERTAINMENT, Market.RS_LATIN, ClientProfile.CHANNEL_SPRAWL, ClientSize.MEDIUM, BrandMode.CONSULTANCY),
			new ClientSlot(Industry.TRAVEL_HOSPITALITY, Market.BE, ClientProfile.HEALTHY, ClientSize.MEDIUM, BrandMode.WHITE_LABEL),
			new ClientSlot(Industry.EDUCATION, Market.PL, ClientProfile.MARKETING_SILO, ClientSize.MEDIUM, BrandMode.CONSULTANCY),
			new ClientSlot(Industry.PUBLIC_SECTOR, Market.RS_CYRILLIC, ClientProfile.NO_TRACKING, ClientSize.MEDIUM, BrandMode.CONSULTANCY),
			new ClientSlot(Industry.PROFESSIONAL_SERVICES, Market.US, ClientProfile.HEALTHY, ClientSize.SMALL, BrandMode.CONSULTANCY),
			new ClientSlot(Industry.MANUFACTURING, Market.ID, ClientProfile.VANITY_KPIS, ClientSize.ENTERPRISE, BrandMode.CONSULTANCY),
			new ClientSlot(Industry.NON_PROFIT, Market.IE, ClientProfile.SHOESTRING, ClientSize.SMALL, BrandMode.CONSULTANCY));

	static ClientSlot of(int index) {
		return SLOTS.get(index % COUNT);
	}
}
