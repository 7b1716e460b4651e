import { describe } from 'vitest';
import { expectTold } from './event-lines.ts';

/**
 * Acts of public authority (approve, adopt, reject, impose, grant, fine, suspend, license, ...) are
 * policy when a public authority acts (a planning or licensing committee, a regulator, a central
 * bank named in its own language) and other when a business decides its own affairs with the same
 * verbs; what an authority grants, told from the side of who receives it ("received a rescue loan
 * from the State"), is the authority's act. Votes stay policy whoever votes. Every person, body and
 * place is invented; the dateline is Wednesday 2025-06-04. Each line is `kind start status`.
 */

describe('a business deciding its own affairs with the verbs of an authority tells a happening', () => {
  expectTold([
    [['other 2025-06-03 occurred'], 'Halvard Motors approved a dividend on Tuesday.'],
    [['other 2025-06-03 occurred'], 'The board of Halvard Motors approved the merger on Tuesday.'],
    [['other 2025-06-02 occurred'], 'The firm imposed a pay freeze on Monday.'],
    [['other 2025-06-02 occurred'], 'The club fined the player on Monday.'],
    [['other 2025-06-02 occurred'], 'Tavira Bank rejected the takeover offer on Monday.'],
  ]);
});

describe('the same verbs of a public authority are policy', () => {
  expectTold([
    [['policy 2025-06-03 occurred'], 'The planning committee rejected the application on Tuesday.'],
    [['policy 2025-06-02 occurred'], "The licensing committee suspended the bar's licence on Monday."],
    [['policy 2025-06-02 occurred'], 'The authority licensed two new operators on Monday.'],
    [['policy 2025-05-29 occurred'], 'The Banco de la República cut its key rate on Thursday.'],
    [['policy 2023-12 occurred'], 'The Banco de la República began its cycle of cuts in December 2023.'],
    [['policy 2025-06-02 occurred'], 'The league fined the club on Monday.'],
    [['policy 2025-06-02 occurred'], 'The regulator fined Halvard Bank $4 million on Monday.'],
  ]);
});

describe('what an authority grants, told by who receives it, is policy', () => {
  expectTold([
    [['policy 2021-03 occurred'], 'Corrib Air received a €12 million rescue loan from the State in March 2021.'],
    [['policy 2025-06-02 occurred'], 'Halvard Mining secured a licence from the regulator on Monday.'],
    [['policy 2025-06-03 occurred'], 'The airport obtained a permit from the city council on Tuesday.'],
    [['other 2025-06-02 occurred'], 'Ana Ruiz received a letter from the government on Monday.'],
    [['other 2025-06-02 occurred'], 'Ana Ruiz received an award from the council on Monday.'],
  ]);
});

describe('a measure made public by an authority is enacted by it; a company announcing stays an announcement', () => {
  expectTold([
    [['policy 2025-06-02 occurred'], 'The government announced a curfew on Monday.'],
    [['policy 2025-06-03 occurred'], 'The ministry announced new sanctions against Veldoria on Tuesday.'],
    [['policy 2025-06-06 scheduled'], 'The EU will announce tariffs on steel on Friday.'],
    [['announcement 2025-06-02 occurred'], 'The company announced job cuts on Monday.'],
    [['announcement 2025-06-02 occurred'], 'Halvard Motors announced a price freeze on Monday.'],
    [['policy 2025-06-03 occurred'], 'The bill received royal assent on Tuesday.'],
  ]);
});
