/** How tall the list's rows are: comfortable (name and email) or compact (one line, twice the rows). */
export type ListDensity = 'comfortable' | 'compact';
