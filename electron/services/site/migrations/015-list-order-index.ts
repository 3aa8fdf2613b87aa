/**
 * The list's order in a narrow index of its own, so that a first page that passes many users before its
 * matches costs little.
 *
 * The first page of a search walks the active users in the list's order until a page of them match. That
 * order was only held by users_search_text_active (migration 012), whose entries also carry search_text
 * (some 150 bytes each): a word whose users sit late in username order ("olga", "ka": every kai.*) walked
 * most of its 17 MB at 100,000 users, 10-24 ms for one page. users_natural_order_active holds the key alone
 * (some 45 bytes): the same walk costs a third, and the row of a user is read only where the walk stops at
 * one of the word's matches (user-search.ts). users_search_text_active stays for what needs search_text in
 * order: a short word tested on every user walked past ("k"), and its count.
 *
 * The price: an import builds one more index, one more natural_order() key per user (some 0.2 s of CPU at
 * 100,000 users built in bulk).
 */
export const version = 15;

export const sql = /* sql */ `
CREATE INDEX users_natural_order_active ON users (natural_order(username)) WHERE deleted_at IS NULL;
`;
