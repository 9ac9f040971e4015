import { z } from 'zod/mini';

// Why the server refused a knock: the call is full, the lobby is full, or the link's token was wrong (an altered link).
export const knockRefusalReasonSchema = z.enum(['room_full', 'lobby_full', 'invalid_token']);
