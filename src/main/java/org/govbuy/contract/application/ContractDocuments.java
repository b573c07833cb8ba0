package org.govbuy.contract.application;

import java.util.List;
import java.util.UUID;

import org.govbuy.contract.document.ContractPdf;
import org.govbuy.contract.document.ContractText;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The contract as a PDF: the full text for the parties and finance, the redacted version
 * (secret clauses withheld, 条例50) for the portal.
 */
@Service
public class ContractDocuments {

	private final Contracts contracts;

	private final String font;

	private volatile ContractPdf pdf;

	ContractDocuments(Contracts contracts, @Value("${govbuy.pdf.font:}") String font) {
		this.contracts = contracts;
		this.font = font;
	}

	/** The full contract, for those who may see it. */
	public byte[] full(UUID contractId) {
		Contracts.Contract contract = contracts.visible(contractId);
		return pdf().render(text(contract));
	}

	/** The published version; only for published contracts. */
	public byte[] published(UUID contractId) {
		Contracts.Contract contract = contracts.publishedContract(contractId);
		return pdf().redacted(text(contract), List.copyOf(contract.secretClauses()));
	}

	/** The file name a download offers. */
	public static String fileName(Contracts.Contract contract, boolean published) {
		return contract.number() + (published ? "-公开版" : "") + ".pdf";
	}

	private static ContractText text(Contracts.Contract contract) {
		return new ContractText(contract.number(), contract.title(), contract.unitName(), contract.providerName(),
				contract.amount(), contract.startsOn(), contract.endsOn(), contract.clauses(), contract.signedOn());
	}

	private ContractPdf pdf() {
		ContractPdf loaded = pdf;
		if (loaded == null) {
			synchronized (this) {
				if (pdf == null) {
					pdf = new ContractPdf(font);
				}
				loaded = pdf;
			}
		}
		return loaded;
	}

}
