// family: sql 89 vuln
import { Request, Response } from "express";
import { pool } from "../db";

export async function auditTrail(req: Request, res: Response): Promise<void> {
  const [rows] = await pool.execute(`SELECT at, action FROM audit WHERE actor = '${req.query.actor}' ORDER BY at DESC`); // sink
  res.json(rows);
}
