import { Session } from "@shopify/shopify-api";
import type { SessionStorage } from "@shopify/shopify-app-session-storage";
import type { Db } from "../db.server";
import type { Session as SessionRow } from "../generated/prisma/client";

/**
 * Shopify session storage on the app's own Prisma client. The official Prisma storage package pins
 * Prisma 6 and needs the classic generator; this one implements the same contract over our client
 * (docs/decisions/0002-session-storage.md). Every method is scoped by session id or shop.
 */
export class PrismaSessionStorage implements SessionStorage {
  constructor(private readonly db: Db) {}

  async storeSession(session: Session): Promise<boolean> {
    const data = toRow(session);
    await this.db.session.upsert({ where: { id: session.id }, create: data, update: data });
    return true;
  }

  async loadSession(id: string): Promise<Session | undefined> {
    const row = await this.db.session.findUnique({ where: { id } });
    return row ? fromRow(row) : undefined;
  }

  async deleteSession(id: string): Promise<boolean> {
    await this.db.session.deleteMany({ where: { id } });
    return true;
  }

  async deleteSessions(ids: string[]): Promise<boolean> {
    await this.db.session.deleteMany({ where: { id: { in: ids } } });
    return true;
  }

  async findSessionsByShop(shop: string): Promise<Session[]> {
    const rows = await this.db.session.findMany({ where: { shop }, take: 25, orderBy: { expires: "desc" } });
    return rows.map(fromRow);
  }
}

function toRow(session: Session): SessionRow {
  const user = session.onlineAccessInfo?.associated_user;
  return {
    id: session.id,
    shop: session.shop,
    state: session.state,
    isOnline: session.isOnline,
    scope: session.scope ?? null,
    expires: session.expires ?? null,
    accessToken: session.accessToken ?? "",
    userId: user?.id != null ? String(user.id) : null,
    firstName: user?.first_name ?? null,
    lastName: user?.last_name ?? null,
    email: user?.email ?? null,
    accountOwner: user?.account_owner ?? false,
    locale: user?.locale ?? null,
    collaborator: user?.collaborator ?? false,
    emailVerified: user?.email_verified ?? false,
    refreshToken: session.refreshToken ?? null,
    refreshTokenExpires: session.refreshTokenExpires ?? null,
  };
}

function fromRow(row: SessionRow): Session {
  const session = new Session({
    id: row.id,
    shop: row.shop,
    state: row.state,
    isOnline: row.isOnline,
  });
  if (row.scope) session.scope = row.scope;
  if (row.expires) session.expires = row.expires;
  if (row.accessToken) session.accessToken = row.accessToken;
  if (row.refreshToken) session.refreshToken = row.refreshToken;
  if (row.refreshTokenExpires) session.refreshTokenExpires = row.refreshTokenExpires;
  if (row.userId) {
    session.onlineAccessInfo = {
      expires_in: 0,
      associated_user_scope: row.scope ?? "",
      associated_user: {
        id: Number(row.userId),
        first_name: row.firstName ?? "",
        last_name: row.lastName ?? "",
        email: row.email ?? "",
        account_owner: row.accountOwner,
        locale: row.locale ?? "",
        collaborator: row.collaborator ?? false,
        email_verified: row.emailVerified ?? false,
      },
    };
  }
  return session;
}
