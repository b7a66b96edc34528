package com.socialyst.core.internal.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.EList;

import com.socialyst.model.Client;
import com.socialyst.model.Mention;
import com.socialyst.model.MentionLog;
import com.socialyst.model.SocialystFactory;

/**
 * Plans which imported mentions are new to a client's listening log. Mentions have no id, so two equal rows may be
 * two real mentions; a mention counts as known while the log holds at least as many equal ones as the import does.
 * That keeps duplicates within a file and makes importing a file twice a no-op.
 */
final class MentionMerge {

	private final Client client;
	private final Map<Mention, Integer> known = new HashMap<>();
	private final Map<Mention, Integer> seen = new HashMap<>();
	private final List<Mention> toAdd = new ArrayList<>();
	private int alreadyKnown;

	MentionMerge(Client client) {
		this.client = client;
		MentionLog log = client.getMentions();
		if (log != null) {
			for (int i = 0; i < log.size(); i++) {
				known.merge(log.get(i), 1, Integer::sum);
			}
		}
	}

	void plan(MentionRow row) {
		int occurrence = seen.merge(row.mention(), 1, Integer::sum);
		if (occurrence <= known.getOrDefault(row.mention(), 0)) {
			alreadyKnown++;
		} else {
			toAdd.add(row.mention());
		}
	}

	int added() {
		return toAdd.size();
	}

	int alreadyKnown() {
		return alreadyKnown;
	}

	void apply() {
		if (toAdd.isEmpty()) {
			return;
		}
		if (client.getMentions() == null) {
			client.setMentions(SocialystFactory.eINSTANCE.createMentionLog());
		}
		EList<Mention> mentions = new BasicEList<>(toAdd);
		client.getMentions().addAll(mentions);
	}
}
