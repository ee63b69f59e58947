-- A partner's tier in a Huis van het Kind (core partner, network partner, associated partner),
-- kept apart from network_partners so that saving an organisation never resets it. A partner
-- without a row is a network partner.
CREATE TABLE partner_tiers (
  network_id TEXT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
  organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  tier TEXT NOT NULL,
  PRIMARY KEY (network_id, organization_id)
);
