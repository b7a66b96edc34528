package com.socialyst.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.socialyst.maturity.Dimension;
import com.socialyst.maturity.MaturityModel;
import com.socialyst.model.Client;

/**
 * How a client's industry peers in the same portfolio score: for each dimension the quartiles of the peers' latest
 * assessments of the same model. Given only with at least {@link #MIN_PEERS} peers, so that no figure ever stands
 * for a single other client; below that the result says how many there are and nothing else.
 *
 * @param peers the number of peers: other clients of the same industry with a scored assessment of the model
 * @param dimensions quartiles by dimension id, in model order; empty when there are too few peers
 * @param overall quartiles of the overall score; null when there are too few peers
 */
public record PeerBenchmark(int peers, Map<String, Quartiles> dimensions, Quartiles overall) {

	/** The fewest peers a benchmark is shown for. */
	public static final int MIN_PEERS = 5;

	public PeerBenchmark {
		dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
	}

	public boolean enoughPeers() {
		return peers >= MIN_PEERS;
	}

	/**
	 * @param portfolio every client of the portfolio (the client itself is skipped)
	 * @param client the client to compare
	 * @param model the model whose dimensions are compared; peers' assessments of other versions count by dimension id
	 */
	public static PeerBenchmark of(Collection<Client> portfolio, Client client, MaturityModel model, MaturityModels models) {
		List<AssessmentResult> peers = new ArrayList<>();
		for (Client other : portfolio) {
			if (other == client || other.getId() == null || other.getId().equals(client.getId())
					|| other.getIndustry() != client.getIndustry()) {
				continue;
			}
			AssessmentHistory.latest(other, model.getId(), models).filter(r -> !Double.isNaN(r.overall())).ifPresent(peers::add);
		}
		if (peers.size() < MIN_PEERS) {
			return new PeerBenchmark(peers.size(), Map.of(), null);
		}
		Map<String, Quartiles> dimensions = new LinkedHashMap<>();
		for (Dimension dimension : model.getDimensions()) {
			double[] scores = peers.stream().map(r -> r.dimension(dimension.getId())).flatMap(Optional::stream)
					.filter(DimensionScore::scored).mapToDouble(DimensionScore::score).toArray();
			// A dimension too few peers answered is left out, for the same reason as the whole benchmark.
			if (scores.length >= MIN_PEERS) {
				dimensions.put(dimension.getId(), Quartiles.of(scores));
			}
		}
		Quartiles overall = Quartiles.of(peers.stream().mapToDouble(AssessmentResult::overall).toArray());
		return new PeerBenchmark(peers.size(), dimensions, overall);
	}
}
