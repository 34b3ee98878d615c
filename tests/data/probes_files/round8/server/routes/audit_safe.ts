// family: sql 89 safe
import { Request, Response } from "express";
import { pool } from "../db";

export async function auditTrail(req: Request, res: Response): Promise<void> {
  const [rows] = await pool.execute("SELECT at, action FROM audit WHERE actor = ? ORDER BY at DESC", [req.query.actor]);
  res.json(rows);
}
