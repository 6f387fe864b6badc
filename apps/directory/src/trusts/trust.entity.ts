import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'trust' })
export class TrustEntity {
  @PrimaryColumn('uuid') id: string;
  @Column() code: string;
  @Column() name: string;
}
